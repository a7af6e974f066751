// Safe with no settings: no error carries a stack trace or a file path unless NODE_ENV=development,
// malformed request parameters and cursors get BAD_USER_INPUT, the bearer scheme is matched in any
// case, introspection follows its setting, and /metrics can ask for a token and labels operations
// only by registered names. Bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCursor } from '../../src/graph/ids.js';
import { serveApi, type ServedApi } from '../support/api.js';
import { graphChecksum } from '../support/checksum.js';
import { curatorToken } from '../support/tokens.js';

const LEAK = /stacktrace|\/[\w.-]+\/[\w.-]+\.(ts|js)|node_modules|at [\w.<>]+ \(/;
const METRICS_TOKEN = 'metrics-token-0123456789';
// A GraphQL-over-HTTP client, which gets 4xx for a refused request (plain JSON clients get 200).
const GQL = { accept: 'application/graphql-response+json' };

let s: ServedApi;
beforeAll(async () => {
  s = await serveApi({ METRICS_TOKEN });
});
afterAll(() => s.close());

describe('errors with no environment set', () => {
  it('carry no stack trace or file path, whatever the code', async () => {
    const before = await graphChecksum(s.db);
    const bodies = [
      { query: '{ organisation(key: "NOT A KEY") { name } }' },
      { query: '{ organisations(first: 5000) { nodes { key } } }' },
      { query: '{ nosuchfield }' },
      { query: '{ organisation(key: ' },
      { query: 'query($n: Int) { organisations(first: $n) { nodes { key } } }', variables: { n: { toString: 1 } } },
      { documentId: { toString: 1 } },
      { query: '{ organisations(after: "bm90IGEgY3Vyc29y") { nodes { key } } }' },
    ];
    for (const body of bodies) {
      const { json } = await s.post(body);
      expect(json.errors?.length, JSON.stringify(body)).toBeGreaterThan(0);
      expect(JSON.stringify(json), JSON.stringify(body)).not.toMatch(LEAK);
    }
    expect(await graphChecksum(s.db)).toEqual(before);
  });
});

describe('malformed parameters', () => {
  it('answers 400 BAD_USER_INPUT to a documentId or variable of the wrong JSON shape', async () => {
    const before = await graphChecksum(s.db);
    const hash = await s.post({ documentId: { toString: 1 } }, GQL);
    expect([hash.status, hash.json.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const persisted = await s.post({ extensions: { persistedQuery: { version: 1, sha256Hash: ['x'] } } }, GQL);
    expect([persisted.status, persisted.json.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const variable = await s.post(
      { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: { toString: 1 } } },
      GQL,
    );
    expect([variable.status, variable.json.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(await graphChecksum(s.db)).toEqual(before);
  });

  it('refuses a cursor whose sort value has the wrong type instead of serving a wrong page', async () => {
    const forged = toCursor(['NUMBER', 'ASC', 'three', 'rec-2009-3']);
    const { status, json } = await s.post({
      query: `{ recommendations(orderBy: { by: NUMBER }, after: "${forged}") { nodes { key } } }`,
    });
    expect(status).toBe(200);
    expect(json.data).toBeNull();
    expect(json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const named = toCursor(['NAME', 'ASC', 7, 'hmic']);
    const second = await s.post({
      query: `{ organisations(orderBy: { by: NAME }, after: "${named}") { nodes { key } } }`,
    });
    expect(second.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    // A genuine cursor of that order still pages.
    const page = await s.post({
      query: '{ recommendations(first: 1, orderBy: { by: NUMBER }) { pageInfo { endCursor } } }',
    });
    const next = await s.post({
      query: `{ recommendations(first: 1, orderBy: { by: NUMBER }, after: "${page.json.data.recommendations.pageInfo.endCursor}") { nodes { number } } }`,
    });
    expect(next.json.data.recommendations.nodes).toEqual([{ number: 2 }]);
  });
});

describe('bearer scheme', () => {
  it('is matched whatever its case', async () => {
    const token = await curatorToken();
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const { status, json } = await s.post(
        { query: '{ organisation(key: "hmic") { name } }' },
        { authorization: `${scheme} ${token}` },
      );
      expect([status, json.data?.organisation?.name]).toEqual([200, 'HMIC']);
    }
  });
});

describe('introspection', () => {
  it('is on by default outside production', async () => {
    const { json } = await s.post({ query: '{ __schema { queryType { name } } }' });
    expect(json.data.__schema.queryType.name).toBe('Query');
  });

  it('follows GRAPHQL_INTROSPECTION, and is off by default in production', async () => {
    const settings: Record<string, string>[] = [{ GRAPHQL_INTROSPECTION: 'false' }, { NODE_ENV: 'production' }];
    for (const env of settings) {
      const off = await serveApi(env);
      try {
        const { json } = await off.post({ query: '{ __schema { queryType { name } } }' });
        expect(json.errors[0].message, JSON.stringify(env)).toMatch(/introspection/i);
      } finally {
        await off.close();
      }
    }
  });
});

describe('/metrics', () => {
  it('needs its token when METRICS_TOKEN is set', async () => {
    expect((await fetch(`${s.base}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${s.base}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status,
    ).toBe(401);
    expect((await fetch(`${s.base}/metrics`, { headers: { authorization: `bearer ${METRICS_TOKEN}` } })).status).toBe(
      200,
    );
  });

  it('labels operations by registered names only; any other name is `other`', async () => {
    await s.post({ query: 'query EntityByKey { organisation(key: "hmic") { name } }' });
    for (let i = 0; i < 5; i++) await s.post({ query: `query Chosen${i} { __typename }` });
    const text = await (
      await fetch(`${s.base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    const names = new Set([...text.matchAll(/^graphql_operations_total\{operation="([^"]+)"/gm)].map((m) => m[1]));
    expect(names.has('EntityByKey')).toBe(true);
    expect(names.has('other')).toBe(true);
    expect([...names].some((n) => n!.startsWith('Chosen'))).toBe(false);
  });
});

describe('the limits table', () => {
  it('states the code each limit really answers with', async () => {
    const deep = `{ organisation(key: "hmic") { ${'inspects { nodes { '.repeat(7)}key${' } }'.repeat(7)} } }`;
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: organisation(key: "hmic") { key }`).join(' ')} }`;
    const directives = `{ __typename ${'@include(if: true) '.repeat(21)}}`;
    const tokens = `{ ${'__typename '.repeat(2_100)}}`;
    const costly = '{ organisations(first: 100) { nodes { inspects(first: 100) { nodes { key } } } } }';
    const cases: [string, string, string][] = [
      [deep, 'maxDepth', 'GRAPHQL_VALIDATION_FAILED'],
      [aliases, 'maxAliases', 'GRAPHQL_VALIDATION_FAILED'],
      [directives, 'maxDirectives', 'GRAPHQL_VALIDATION_FAILED'],
      [tokens, 'maxTokens', 'GRAPHQL_PARSE_FAILED'],
      [costly, 'maxCost', 'BAD_USER_INPUT'],
    ];
    for (const [query, limit, code] of cases) {
      const { status, json } = await s.post({ query }, GQL);
      expect([limit, status, json.errors?.[0]?.extensions], JSON.stringify(json)).toMatchObject([
        limit,
        400,
        { code, limit },
      ]);
    }
    const page = await s.post({ query: '{ organisations(first: 101) { nodes { key } } }' });
    expect(page.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const path = await s.post({ query: '{ paths(from: "hmic", to: "prevent", maxLength: 7) { length } }' });
    expect(path.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
