// The whole served API (createApi: limits, auth, health, metrics, logs) over real HTTP on a free
// loopback port, against the test database or one a test brings, with its log lines captured.
import 'reflect-metadata';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadFacts } from '../../src/data/load.js';
import { connect, type Database } from '../../src/db/neo4j.js';
import { createApi, type Api, type ApiOptions } from '../../src/start.js';
import { listen, type Listening } from '../../src/server/http.js';
import { createLogger } from '../../src/server/logging.js';
import { TEST_SECRET } from './tokens.js';

export interface ServedApi {
  api: Api;
  /** The database as the test holds it: unguarded, for setting up and checking state. */
  db: Database;
  http: Listening;
  base: string;
  logs: Record<string, unknown>[];
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any; headers: Headers }>;
  close(): Promise<void>;
}

export async function serveApi(
  env: Record<string, string> = {},
  uri = inject('neo4jUri'),
  options: Pick<ApiOptions, 'onAnswer' | 'learnNewTexts'> = {},
): Promise<ServedApi> {
  const config = loadConfig({
    NEO4J_URI: uri,
    JWT_SECRET: TEST_SECRET,
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
    ...env,
  });
  const db = connect({ ...config.neo4j, uri, txTimeoutMs: config.txTimeoutMs });
  await loadFacts(db);
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line)) });
  const api = await createApi({ config, db, logger, ...options });
  const http = await listen(api.app, 0, '127.0.0.1');
  const base = http.url.replace(/\/graphql$/, '');
  return {
    api,
    db,
    http,
    base,
    logs,
    async post(body, headers = {}) {
      const response = await fetch(http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : undefined, headers: response.headers };
    },
    async close() {
      await api.drain(http);
      await db.close();
    },
  };
}
