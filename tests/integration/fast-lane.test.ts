// The fast lane (src/server/direct/lane.ts) on the served API, over HTTP, against the real Neo4j:
// every operation of the direct-execution corpus is sent twice to a server whose lane learns no new
// texts. The first time Apollo answers it; the second time the lane does, for what direct execution
// answered, and Apollo again for the rest. Both answers must be the same bytes, status and headers,
// with the same log line and both counted in the metrics. A server whose lane learns new texts
// (learn.ts) must give that answer the first time, from the lane. Then what the lane must not
// answer: what the access check, the variables, the cost limit or admission refuse, and an answer
// that carries an error, which goes to ordinary execution without sending any statement twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graph/ids.js';
import type { AnsweredBy } from '../../src/server/direct/answer.js';
import { heavyPaths } from '../../scripts/load/read-mix.js';
import { serveApi, type ServedApi } from '../support/api.js';
import { CORPUS, type Case } from '../support/direct-corpus.js';
import { curatorToken } from '../support/tokens.js';

let s: ServedApi;
/** The same API, with a lane that learns new texts. */
let learning: ServedApi;
let answered: AnsweredBy[] = [];
const onAnswer = (path: AnsweredBy) => answered.push(path);

beforeAll(async () => {
  s = await serveApi({ NODE_ENV: 'production' }, undefined, { onAnswer, learnNewTexts: false });
  learning = await serveApi({ NODE_ENV: 'production' }, undefined, { onAnswer });
});
afterAll(async () => {
  await s?.close();
  await learning?.close();
});

interface Sent {
  status: number;
  body: string;
  headers: [string, string][];
  log: Record<string, unknown> | undefined;
  paths: AnsweredBy[];
}

/** The header that differs on every answer, whoever answers. */
const PER_ANSWER = new Set(['date']);

/** POSTs `body`; both requests of a pair carry the same id, so that their answers can be compared whole. */
async function send(
  server: ServedApi,
  body: unknown,
  headers: Record<string, string> = {},
  requestId = 'fast-lane-test',
): Promise<Sent> {
  answered = [];
  const logged = server.logs.length;
  const response = await fetch(server.http.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const line = server.logs.slice(logged).find((l) => l.msg === 'graphql operation');
  const { time: _t, durationMs: _d, pid: _p, hostname: _h, ...log } = line ?? {};
  return {
    status: response.status,
    body: text,
    headers: [...response.headers].filter(([name]) => !PER_ANSWER.has(name)),
    log: line ? log : undefined,
    paths: [...answered],
  };
}

const operationsCounted = async (server: ServedApi): Promise<number> => {
  const text = await server.api.metrics.registry.metrics();
  return [...text.matchAll(/^graphql_operations_total\{[^}]*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
};

describe('the fast lane', () => {
  let ids: string[];
  beforeAll(async () => {
    const found = await s.post({
      query: '{ a: organisation(key: "hmic") { id } b: recommendation(key: "rec-2009-1") { id } }',
    });
    ids = [found.json.data.a.id, found.json.data.b.id, toGlobalId('Organisation', 'no-such-body')];
  });

  it.each(CORPUS)('$name: answered alike the second time', async (c: Case) => {
    const variables = c.name.startsWith('node and nodes') ? { ids, one: ids[1] } : c.variables;
    const counted = await operationsCounted(s);
    const first = await send(s, { query: c.query, variables });
    const second = await send(s, { query: c.query, variables });
    const learnt = await send(learning, { query: c.query, variables });
    for (const other of [second, learnt]) {
      expect(other.body).toBe(first.body);
      expect(other.status).toBe(first.status);
      expect(other.headers).toEqual(first.headers);
      expect(other.log).toEqual(first.log);
    }
    if (c.direct) {
      expect([first.paths, second.paths, learnt.paths]).toEqual([['direct'], ['lane'], ['lane']]);
      expect(JSON.parse(second.body).data).toBeTruthy();
      expect(second.log).toMatchObject({ operationType: 'query', errorCodes: [] });
    } else {
      expect([...first.paths, ...second.paths, ...learnt.paths]).not.toContain('lane');
    }
    // Both answers were counted, whichever path gave them (a request refused before it resolved to
    // an operation is counted too, as `unknown`).
    expect(await operationsCounted(s)).toBe(counted + 2);
  });

  it('learns a text from its first request, and leaves to Apollo each time a text it cannot learn', async () => {
    // A new operation name makes a new text each time, as a client building its texts might.
    for (const n of [1, 2, 3]) {
      const sent = await send(learning, { query: `query Look${n} { organisation(key: "psni") { key name } }` });
      expect(sent.paths).toEqual(['lane']);
      expect(JSON.parse(sent.body).data.organisation.key).toBe('psni');
      expect(sent.log).toMatchObject({ operationName: `Look${n}`, operationType: 'query', errorCodes: [] });
    }
    const refusals = [
      ['{ organisation(key: "psni") { key nosuchfield } }', 'GRAPHQL_VALIDATION_FAILED'],
      ['{ organisation(key: "psni") { key ', 'GRAPHQL_PARSE_FAILED'],
      [
        'query A { organisation(key: "psni") { key } } query B { organisation(key: "acpo") { key } }',
        'OPERATION_RESOLUTION_FAILURE',
      ],
    ];
    for (const [query, code] of refusals) {
      for (const _ of [1, 2]) {
        const sent = await send(learning, { query });
        expect(sent.paths).not.toContain('lane');
        expect(JSON.parse(sent.body).errors[0].extensions.code).toBe(code);
      }
    }
    // Introspection (refused in production) and a directive are Apollo's, every time.
    for (const _ of [1, 2]) {
      expect((await send(learning, { query: '{ __schema { queryType { name } } }' })).paths).toEqual([]);
      const directive = await send(learning, {
        query: '{ organisation(key: "psni") { key name @include(if: true) } }',
      });
      expect(directive.paths).toEqual(['executed']);
      expect(JSON.parse(directive.body).data.organisation.name).toBeTruthy();
    }
  });

  it('answers in the type the Accept header asks for, as Apollo does', async () => {
    const query = '{ organisation(key: "psni") { key name } }';
    for (const accept of ['application/graphql-response+json', 'application/json', '*/*']) {
      const first = await send(s, { query, operationName: null }, { accept });
      const second = await send(s, { query, operationName: null }, { accept });
      expect(second.paths).toEqual(['lane']);
      expect(second.headers).toEqual(first.headers);
      expect(second.body).toBe(first.body);
    }
    // An Accept header Apollo answers with 406 (once it has run the operation) is left to Apollo.
    const refused = await send(s, { query }, { accept: 'text/html' });
    expect(refused.status).toBe(406);
    expect(refused.paths).not.toContain('lane');
  });

  it('keeps an operation name apart from the same text without one', async () => {
    const query = 'query One { organisation(key: "hmic") { key } } query Two { organisation(key: "acpo") { key } }';
    const one = await send(s, { query, operationName: 'One' });
    const two = await send(s, { query, operationName: 'Two' });
    const again = [await send(s, { query, operationName: 'One' }), await send(s, { query, operationName: 'Two' })];
    expect(again.map((a) => a.paths)).toEqual([['lane'], ['lane']]);
    expect(again.map((a) => a.body)).toEqual([one.body, two.body]);
    expect(JSON.parse(two.body).data.organisation.key).toBe('acpo');
    // Without a name, a document of two operations is refused, however often the names were sent.
    const unnamed = await send(s, { query });
    expect(JSON.parse(unnamed.body).errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(unnamed.paths).toEqual(['executed']);
  });

  it('leaves to Apollo variables that do not fit, with the error Apollo gives', async () => {
    const query = 'query($n: Int) { recommendations(first: $n) { totalCount } }';
    expect((await send(s, { query, variables: { n: 2 } })).status).toBe(200);
    expect((await send(s, { query, variables: { n: 2 } })).paths).toEqual(['lane']);
    const wrong = await send(s, { query, variables: { n: 'many' } });
    expect(wrong.paths).toEqual([]);
    expect(JSON.parse(wrong.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // A body Apollo reads otherwise (variables as a JSON string) is Apollo's to refuse.
    const encoded = await send(s, { query, variables: JSON.stringify({ n: 2 }) });
    expect(encoded.status).toBe(400);
    expect(encoded.paths).toEqual([]);
  });

  it('hands an answer with an error to ordinary execution, sending each statement once', async () => {
    const query = 'query($k: String!) { a: organisation(key: "hmic") { key } b: organisation(key: $k) { key } }';
    await send(s, { query, variables: { k: 'psni' } });
    expect((await send(s, { query, variables: { k: 'psni' } })).paths).toEqual(['lane']);
    const statements: string[] = [];
    s.db.onQuery = (cypher) => statements.push(cypher);
    try {
      const counted = await operationsCounted(s);
      const logged = s.logs.length;
      const failed = await send(s, { query, variables: { k: '' } });
      // One operation, one log line and one count, though two paths had a hand in it.
      expect(await operationsCounted(s)).toBe(counted + 1);
      expect(s.logs.slice(logged).filter((l) => l.msg === 'graphql operation')).toHaveLength(1);
      expect(failed.paths).toEqual(['executed']);
      const body = JSON.parse(failed.body);
      expect(body.data).toEqual({ a: { key: 'hmic' }, b: null });
      expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
      expect(failed.log).toMatchObject({ errorCodes: ['BAD_USER_INPUT'] });
      // The empty key is refused before any statement; the other root's one statement ran once.
      expect(statements).toHaveLength(1);
    } finally {
      s.db.onQuery = undefined;
    }
    expect(s.api.admission.inFlight).toBe(0);
  });
});

describe('the fast lane and the limits', () => {
  it('refuses reads without a token, and forged tokens, where reads need one', async () => {
    const closed = await serveApi({ READS_REQUIRE_TOKEN: 'true' }, undefined, { onAnswer });
    try {
      const query = '{ organisation(key: "hmic") { key } }';
      const authorization = `Bearer ${await curatorToken()}`;
      await send(closed, { query }, { authorization });
      const signedIn = await send(closed, { query }, { authorization });
      expect(signedIn.paths).toEqual(['lane']);
      expect(JSON.parse(signedIn.body).data.organisation.key).toBe('hmic');
      const forged = `Bearer ${await curatorToken({ secret: 'x'.repeat(40) })}`;
      for (const headers of [{}, { authorization: forged }] as Record<string, string>[]) {
        const refused = await send(closed, { query }, headers);
        expect(refused.paths).toEqual([]);
        expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(JSON.parse(refused.body).data).toBeUndefined();
      }
    } finally {
      await closed.close();
    }
  });

  it('refuses, with the variables of each request, what costs more than the limit', async () => {
    const tight = await serveApi({ NODE_ENV: 'production', GRAPHQL_MAX_COST: '50' }, undefined, { onAnswer });
    try {
      const query = 'query($n: Int!) { recommendations(first: $n) { nodes { key addressedTo { nodes { key } } } } }';
      await send(tight, { query, variables: { n: 1 } });
      expect((await send(tight, { query, variables: { n: 1 } })).paths).toEqual(['lane']);
      const over = await send(tight, { query, variables: { n: 40 } });
      expect(over.paths).toEqual([]);
      expect(JSON.parse(over.body).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxCost' });
    } finally {
      await tight.close();
    }
  });

  it('refuses beyond the admission limit with OVERLOADED, and holds no place afterwards', {
    timeout: 120_000,
  }, async () => {
    const busy = await serveApi(
      { ADMISSION_MAX_STATEMENTS: '2', ADMISSION_MAX_QUEUE: '4', ADMISSION_CHEAP_COST: '5' },
      undefined,
      { onAnswer },
    );
    try {
      const query = heavyPaths(4);
      expect((await busy.post({ query })).json.errors).toBeUndefined();
      answered = [];
      const answers = await Promise.all(Array.from({ length: 12 }, () => busy.post({ query })));
      expect(answered).toContain('lane');
      const refused = answers.filter((a) => a.status === 503);
      expect(refused.length).toBeGreaterThan(0);
      for (const a of refused) {
        expect(a.headers.get('retry-after')).toBe('1');
        expect(a.json.errors[0].extensions).toMatchObject({ code: 'OVERLOADED' });
      }
      for (const a of answers.filter((x) => x.status !== 503)) {
        expect(a.json.errors).toBeUndefined();
        expect(Object.keys(a.json.data)).toEqual(['p0', 'p1', 'p2', 'p3']);
      }
      expect(busy.api.admission.inFlight).toBe(0);
      expect(busy.api.admission.queued('heavy') + busy.api.admission.queued('cheap')).toBe(0);
      // Nothing is held: the same burst's size is admitted again, one at a time.
      for (let i = 0; i < 3; i++) expect((await busy.post({ query })).status).toBe(200);
    } finally {
      await busy.close();
    }
  });
});
