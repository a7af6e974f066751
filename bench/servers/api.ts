// This API as the benchmark serves it: the product's own Apollo server, Express app and translator,
// with a counter on the database hook (one call per Cypher statement sent).
import 'reflect-metadata';
import type { Express } from 'express';
import type { IncomingMessage } from 'node:http';
import { connect } from '../../src/db/neo4j.js';
import { Translator } from '../../src/graph/translate.js';
import { createServer } from '../../src/server/create-server.js';
import { createHttpApp, listen } from '../../src/server/http.js';
import { reusingAnswers } from './reuse-answers.js';
import { Counters, type BenchServer } from './stats.js';

export async function startApi(options: {
  neo4jUri: string;
  port: number;
  /** Sees every statement sent (bench/plans.ts profiles them). */
  onQuery?: (cypher: string, params: Record<string, unknown>) => void;
  /** Reads answered from the first answer to the same statement (reuse-answers.ts). */
  reuseAnswers?: boolean;
}): Promise<BenchServer> {
  const counters = new Counters();
  const db = connect({
    uri: options.neo4jUri,
    username: 'neo4j',
    password: '',
    database: undefined,
    txTimeoutMs: 30_000,
  });
  db.onQuery = (cypher, params) => {
    counters.statements++;
    options.onQuery?.(cypher, params);
  };
  const context = {
    db: options.reuseAnswers ? reusingAnswers(db) : db,
    translator: new Translator({ maxPageSize: 100, defaultPageSize: 20 }),
  };
  const apollo = createServer();
  await apollo.start();
  const routes = (app: Express) => app.get('/stats', (req, res) => void counters.serve(req, res));
  const countGraphql = (req: IncomingMessage) => {
    if (req.url === '/graphql' || req.url?.startsWith('/graphql?')) counters.requests++;
  };
  const http = await listen(
    createHttpApp({ apollo, context: async () => context, routes: [routes], onRequest: [countGraphql] }),
    options.port,
    '127.0.0.1',
  );
  return {
    url: http.url,
    statsUrl: http.url.replace(/\/graphql$/, '/stats'),
    async close() {
      await http.close();
      await apollo.stop();
      await db.close();
    },
  };
}
