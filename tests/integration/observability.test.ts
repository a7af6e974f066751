// What operators see: health endpoints, Prometheus metrics, JSON logs with a request id per
// operation, and errors that carry a stable code and the request id but no internals in production.
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { connect } from '../../src/db/neo4j.js';
import { createApi } from '../../src/start.js';
import { listen } from '../../src/server/http.js';
import { createLogger } from '../../src/server/logging.js';
import { serveApi, type ServedApi } from '../support/api.js';

let s: ServedApi;
beforeAll(async () => {
  s = await serveApi();
});
afterAll(() => s.close());

describe('health', () => {
  it('reports live and ready while the database answers', async () => {
    const live = await fetch(`${s.base}/health/live`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'live' }]);
    const ready = await fetch(`${s.base}/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', database: 'up' }]);
  });
});

describe('request ids and logs', () => {
  it('logs one JSON line per operation with the request id, which the response carries', async () => {
    const { headers } = await s.post(
      { query: 'query HmicName { organisation(key: "hmic") { name } }' },
      { 'x-request-id': 'trace-abc-123' },
    );
    expect(headers.get('x-request-id')).toBe('trace-abc-123');
    const line = s.logs.find((l) => l.requestId === 'trace-abc-123' && l.msg === 'graphql operation');
    expect(line).toMatchObject({ level: 30, operationName: 'HmicName', operationType: 'query', errorCodes: [] });
    expect(typeof line!.durationMs).toBe('number');
  });

  it('replaces a request id that is not a plain token, and puts the id in every error', async () => {
    const { headers, json } = await s.post(
      { query: '{ organisation(key: "NOT A KEY") { name } }' },
      { 'x-request-id': 'bad id\twith "quotes"' },
    );
    const issued = headers.get('x-request-id')!;
    expect(issued).toMatch(/^[0-9a-f-]{36}$/);
    expect(json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: issued });
    expect(s.logs.find((l) => l.requestId === issued)).toMatchObject({ errorCodes: ['BAD_USER_INPUT'] });
  });
});

describe('metrics', () => {
  it('counts operations by name, errors by code, HTTP statuses and the Neo4j pool', async () => {
    // Labelled by name because EntityByKey is a registered operation's name (packages/client).
    await s.post({ query: 'query EntityByKey { organisation(key: "hmic") { name } }' });
    await s.post({ query: '{ organisation(key: "NOT A KEY") { name } }' });
    const response = await fetch(`${s.base}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^graphql_operations_total\{operation="EntityByKey",type="query"\} [1-9]\d*$/m);
    expect(text).toMatch(
      /^graphql_operation_duration_seconds_count\{operation="EntityByKey",type="query"\} [1-9]\d*$/m,
    );
    expect(text).toMatch(/^graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]\d*$/m);
    expect(text).toMatch(/^http_responses_total\{status="200"\} [1-9]\d*$/m);
    expect(text).toMatch(/^neo4j_pool_connections_in_use 0$/m);
    expect(text).toMatch(/^neo4j_pool_max_connections 100$/m);
    expect(text).toMatch(/^neo4j_statement_duration_seconds_count\{mode="read",outcome="ok"\} [1-9]\d*$/m);
    expect(text).toMatch(/^neo4j_available 1$/m);
  });

  it('keeps the operation label bounded whatever names clients send', async () => {
    for (let i = 0; i < 120; i++) await s.post({ query: `query Name${i} { __typename }` });
    const text = await (await fetch(`${s.base}/metrics`)).text();
    const names = new Set([...text.matchAll(/^graphql_operations_total\{operation="([^"]+)"/gm)].map((m) => m[1]));
    expect([...names].some((n) => n!.startsWith('Name'))).toBe(false);
    expect(names.has('other')).toBe(true);
  });
});

describe('errors in production', () => {
  it('answers a database failure with a plain message and the request id, and logs the full error', async () => {
    const uri = inject('neo4jUri');
    // A real Neo4j error: the configured database does not exist on the server.
    const config = loadConfig({
      NEO4J_URI: uri,
      NEO4J_DATABASE: 'nosuchdb',
      NODE_ENV: 'production',
      NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
    });
    const db = connect({ ...config.neo4j, uri, txTimeoutMs: config.txTimeoutMs });
    const logs: Record<string, any>[] = [];
    const api = await createApi({
      config,
      db,
      logger: createLogger('info', { write: (l: string) => void logs.push(JSON.parse(l)) }),
    });
    const http = await listen(api.app, 0, '127.0.0.1');
    try {
      const response = await fetch(http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organisation(key: "hmic") { name } }' }),
      });
      const text = await response.text();
      const requestId = response.headers.get('x-request-id');
      expect(JSON.parse(text).errors).toEqual([
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 3 }],
          path: ['organisation'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ]);
      expect(text).not.toMatch(/nosuchdb|Neo4j|stack/i);
      const logged = logs.find((l) => l.requestId === requestId && l.msg === 'operation failed');
      expect(logged).toMatchObject({ level: 50, code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(logged!.err)).toMatch(/nosuchdb/);
      expect(logged!.err.stack).toBeTruthy();
    } finally {
      await api.drain(http);
      await db.close();
    }
  });
});
