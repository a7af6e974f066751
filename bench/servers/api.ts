// This API as the benchmark serves it: the API as `npm start` assembles it (src/start.ts's createApi:
// Apollo with its limits, logging, metrics and admission plugins, the /graphql endpoint with its
// persisted-document checks, request ids and compression), configured as production with default
// settings, on the benchmark's database. Two differences, both outside the request's own work: log
// lines go to a stream that drops them (the served API writes them to standard output), and a counter
// on the database hook counts the Cypher statements sent.
import 'reflect-metadata';
import type { Express } from 'express';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import { connect } from '../../src/db/neo4j.js';
import { createLogger } from '../../src/server/logging.js';
import { listen } from '../../src/server/http.js';
import { pathOf } from '../../src/server/request-url.js';
import { createApi } from '../../src/start.js';
import { reusingAnswers } from './reuse-answers.js';
import { Counters, type BenchServer } from './stats.js';

/** Drops every log line, after pino has written it as the served API would. */
const dropped = new Writable({ write: (_chunk, _encoding, done) => done() });

export async function startApi(options: {
  neo4jUri: string;
  port: number;
  /** Sees every statement sent (bench/plans.ts profiles them). */
  onQuery?: (cypher: string, params: Record<string, unknown>) => void;
  /** Reads answered from the first answer to the same statement (reuse-answers.ts). */
  reuseAnswers?: boolean;
}): Promise<BenchServer> {
  const counters = new Counters();
  const config = loadConfig({ NODE_ENV: 'production', NEO4J_URI: options.neo4jUri, NEO4J_TX_TIMEOUT_MS: '30000' });
  const db = connect({ ...config.neo4j, uri: options.neo4jUri, txTimeoutMs: config.txTimeoutMs });
  db.onQuery = (cypher, params) => {
    counters.statements++;
    options.onQuery?.(cypher, params);
  };
  const stats = (app: Express) => app.get('/stats', (req, res) => void counters.serve(req, res));
  const api = await createApi({
    config,
    db: options.reuseAnswers ? reusingAnswers(db) : db,
    logger: createLogger('info', dropped),
    routes: [stats],
  });
  const http = await listen(api.app, options.port, '127.0.0.1');
  http.server.prependListener('request', (req) => {
    if (pathOf(req.url) === '/graphql') counters.requests++;
  });
  return {
    url: http.url,
    statsUrl: http.url.replace(/\/graphql$/, '/stats'),
    async close() {
      await api.drain(http);
      await db.close();
    },
  };
}
