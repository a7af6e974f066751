// Requests built to break or overload the API, over real HTTP in production mode: malformed and
// oversized bodies, over-deep, over-wide, alias-bombed and over-costly queries, and writes without a
// good token. Each gets a clear error naming the limit or the fault, none leaks internals, and the
// graph is the same before and after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApi, type ServedApi } from '../support/api.js';
import { id } from '../support/curation-helpers.js';
import { graphChecksum } from '../support/graph-state.js';
import { curatorToken } from '../support/tokens.js';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';

const LEAK = /stacktrace|Neo4jError|neo4j-driver|Neo\.(Client|Transient|Database)Error|\.ts:\d+|node_modules|<html/i;

let s: ServedApi;
let before: string;
beforeAll(async () => {
  s = await serveApi({ NODE_ENV: 'production' });
  before = await graphChecksum(s.db);
});
afterAll(() => s.close());

// A client of the GraphQL-over-HTTP media type, which gets 4xx for a refused request (a plain
// application/json client gets 200 with the same errors, as the specification asks).
async function send(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(s.http.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });
  const text = await response.text();
  expect(text).not.toMatch(LEAK);
  return { status: response.status, json: JSON.parse(text) };
}
const query = (q: string, variables?: unknown) => send(JSON.stringify({ query: q, variables }));

describe('malformed and oversized bodies', () => {
  it('answers each with a JSON error and a 4xx status', async () => {
    const bodies: [string, number, string?][] = [
      ['{"query": ', 400, 'BAD_REQUEST'],
      ['not json at all', 400, 'BAD_REQUEST'],
      ['[{"query": "{ __typename }"}]', 400],
      ['"{ __typename }"', 400],
      ['{"query": 123}', 400],
      ['{}', 400],
      ['{"query": "{ __typename }", "variables": "not an object"}', 400],
      ['{"query": "{ __typename }", "operationName": 5}', 400],
      ['{"query": "{ organisation(key: "}', 400, 'GRAPHQL_PARSE_FAILED'],
      [
        '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}',
        400,
        'PERSISTED_QUERY_HASH_MISMATCH',
      ],
    ];
    for (const [body, status, code] of bodies) {
      const result = await send(body);
      expect([body, result.status], JSON.stringify(result.json)).toEqual([body, status]);
      expect(result.json.errors[0].message).toBeTruthy();
      if (code) expect(result.json.errors[0].extensions.code).toBe(code);
    }
  });

  it('refuses a body over the size limit with 413, naming the limit', async () => {
    const huge = JSON.stringify({
      query: '{ __typename }',
      variables: { pad: 'x'.repeat(DEFAULT_LIMITS.bodyLimitBytes) },
    });
    const result = await send(huge);
    expect(result.status).toBe(413);
    expect(result.json.errors[0].extensions).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      limit: 'bodyLimitBytes',
      max: DEFAULT_LIMITS.bodyLimitBytes,
    });
  });
});

describe('queries over the limits', () => {
  const nest = (levels: number) => {
    let selection = 'name';
    for (let i = 0; i < levels; i++)
      selection = `${i % 2 ? 'inspectedBy' : 'inspects'}(first: 1) { nodes { ${selection} } }`;
    return `{ organisation(key: "hmic") { ${selection} } }`;
  };
  const cases: [string, string, string][] = [
    ['over-deep', nest(10), 'maxDepth'],
    [
      'over-costly (fan-out)',
      '{ organisations(first: 100) { nodes { inspects(first: 100) { nodes { name } } } } }',
      'maxCost',
    ],
    [
      'over-costly (default pages, deep)',
      '{ organisations { nodes { inspects { nodes { inspectedBy { nodes { inspects { nodes { name } } } } } } } } }',
      'maxCost',
    ],
    [
      'alias bomb',
      `{ ${Array.from({ length: DEFAULT_LIMITS.maxAliases + 10 }, (_, i) => `a${i}: organisation(key: "hmic") { name }`).join(' ')} }`,
      'maxAliases',
    ],
    ['directive bomb', `{ organisation(key: "hmic") { name ${'@include(if: true) '.repeat(100)} } }`, 'maxDirectives'],
    ['token bomb', `{ organisation(key: "hmic") { ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens)} } }`, 'maxTokens'],
  ];
  for (const [name, q, limit] of cases) {
    it(`refuses an ${name} query, naming ${limit}`, async () => {
      const { status, json } = await query(q);
      expect(status).toBe(400);
      expect(json.errors[0].extensions).toMatchObject({
        limit,
        max: DEFAULT_LIMITS[limit as keyof typeof DEFAULT_LIMITS],
      });
      expect(json.errors[0].message).toMatch(/limit|more than/i);
      expect(json.data).toBeUndefined();
    });
  }

  it('refuses an over-wide query that repeats a field a thousand times', async () => {
    const { status, json } = await query(`{ organisation(key: "hmic") { ${'name '.repeat(1_000)} } }`);
    expect(status).toBe(400);
    expect(json.errors[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      message: expect.stringMatching(/too wide/),
    });
  });

  it('refuses a page larger than the cap, given in the query or in a variable', async () => {
    for (const result of [
      await query('{ organisations(first: 1000) { totalCount } }'),
      await query('query($n: Int) { organisations(first: $n) { totalCount } }', { n: 1000 }),
    ]) {
      expect(result.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
  });

  it('refuses a fragment cycle and unknown fields without suggesting field names in production', async () => {
    const cycle = await query(
      '{ organisation(key: "hmic") { ...A } } fragment A on Organisation { inspects { nodes { ...A } } }',
    );
    expect(cycle.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await query('{ organisation(key: "hmic") { nam } }');
    expect(typo.json.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('still answers a reasonable query at the limits', async () => {
    const { json } = await query(nest(4));
    expect(json.errors).toBeUndefined();
  });
});

describe('writes without a good token', () => {
  const mutations = [
    `recordProgress(input: { recommendation: "${id('Recommendation', 'rec-2009-1')}", status: MET, date: "2010-01", evidence: "x", source: "${id('Document', 'pr-2009-002')}" }) { changed }`,
    `addDocument(input: { key: "forged-doc", title: "x", kind: REPORT, publisher: "${id('Organisation', 'hmic')}", published: "2011", excerpt: "x" }) { changed }`,
    `linkEntities(input: { from: "${id('Organisation', 'hmic')}", type: INSPECTS, to: "${id('Organisation', 'acpo')}", source: { document: "${id('Document', 'pr-2009-002')}", excerpt: "x" } }) { changed }`,
    `correctProperty(input: { entity: "${id('Organisation', 'hmic')}", property: "name", value: "x", reason: "x" }) { changed }`,
  ];

  it('refuses every mutation unauthenticated, with a forged token, or without the curator role', async () => {
    const headers: [Record<string, string>, string][] = [
      [{}, 'UNAUTHENTICATED'],
      [
        { authorization: `Bearer ${await curatorToken({ secret: 'forged-forged-forged-forged-forged-forged' })}` },
        'UNAUTHENTICATED',
      ],
      [{ authorization: `Bearer ${await curatorToken({ roles: [] })}` }, 'FORBIDDEN'],
    ];
    for (const mutation of mutations) {
      for (const [header, code] of headers) {
        const result = await send(JSON.stringify({ query: `mutation { ${mutation} }` }), header);
        expect([mutation.slice(0, 20), result.json.errors[0].extensions.code, result.json.data ?? null]).toEqual([
          mutation.slice(0, 20),
          code,
          null,
        ]);
      }
    }
  });

  it('leaves the graph exactly as it was after every request in this file', async () => {
    expect(await graphChecksum(s.db)).toBe(before);
  });
});
