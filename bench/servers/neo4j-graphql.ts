// The same model served by the Neo4j GraphQL Library 7, on the same HTTP stack as this API (Apollo
// Server 5 behind Express), so that what differs is the GraphQL-to-Cypher layer alone.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import type { AddressInfo } from 'node:net';
import { libraryTypeDefs } from '../neo4j-graphql/type-defs.js';
import { countingDriver } from './counting-driver.js';
import { Counters, type BenchServer } from './stats.js';

export async function startNeo4jGraphql(options: { neo4jUri: string; port: number }): Promise<BenchServer> {
  const counters = new Counters();
  const raw = neo4j.driver(options.neo4jUri, neo4j.auth.basic('neo4j', ''));
  const driver = countingDriver(raw, () => void counters.statements++);
  const schema = await new Neo4jGraphQL({ typeDefs: libraryTypeDefs(), driver }).getSchema();
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginLandingPageDisabled()] });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.get('/stats', (req, res) => void counters.serve(req, res));
  app.use('/graphql', (_req, _res, next) => {
    counters.requests++;
    next();
  });
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(options.port, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/graphql`,
    statsUrl: `${base}/stats`,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await apollo.stop();
      await raw.close();
    },
  };
}
