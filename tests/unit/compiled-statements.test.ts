// Lookups by key are built once per type and selection and then only bound (src/graph/compiled.ts):
// the same document with other variable values must send its own values, and a different shape of
// variables or selection must send its own Cypher. No database: the statements are recorded.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCursor } from '../../src/graph/ids.js';
import { configureLimits, DEFAULT_GRAPH_LIMITS, LIMITS } from '../../src/graph/limits.js';
import { Translator } from '../../src/graph/translate.js';
import { createServer } from '../../src/server/create-server.js';
import { COST_LIFTED } from '../support/limits.js';
import { recordingDatabase } from '../support/fake-database.js';

const db = recordingDatabase();
const server = createServer(COST_LIFTED);
const translator = new Translator({ maxPageSize: 100, defaultPageSize: 20 });
beforeAll(() => server.start());
afterAll(() => server.stop());

async function sent(query: string, variables?: Record<string, unknown>) {
  db.statements.length = 0;
  const response = await server.executeOperation({ query, variables }, { contextValue: { db, translator } });
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
  return { statements: [...db.statements], errors };
}

/** What a translator that has never seen the operation sends. */
async function fresh(query: string, variables?: Record<string, unknown>) {
  db.statements.length = 0;
  await server.executeOperation(
    { query, variables },
    { contextValue: { db, translator: new Translator({ maxPageSize: 100, defaultPageSize: 20 }) } },
  );
  return [...db.statements];
}

const LOOKUP = `query($key: String!, $n: Int) { organisation(key: $key) { key name inspects(first: $n) { nodes { key } } } }`;

describe('compiled lookups', () => {
  it('binds each request’s own key into the statement built once', async () => {
    const first = await sent(LOOKUP, { key: 'hmic', n: 2 });
    const second = await sent(LOOKUP, { key: 'psni', n: 2 });
    expect(first.statements).toHaveLength(1);
    expect(second.statements[0]!.cypher).toBe(first.statements[0]!.cypher);
    expect(first.statements[0]!.params.param0).toBe('hmic');
    expect(second.statements[0]!.params.param0).toBe('psni');
    // Exactly what an unprimed translator sends for the same request.
    expect(second.statements).toEqual(await fresh(LOOKUP, { key: 'psni', n: 2 }));
    expect(translator.compiled.size).toBeGreaterThan(0);
  });

  it('sends other values and other Cypher when a size or the shape of the variables changes', async () => {
    const two = await sent(LOOKUP, { key: 'hmic', n: 2 });
    const five = await sent(LOOKUP, { key: 'hmic', n: 5 });
    const absent = await sent(LOOKUP, { key: 'hmic' });
    expect(five.statements).toEqual(await fresh(LOOKUP, { key: 'hmic', n: 5 }));
    expect(absent.statements).toEqual(await fresh(LOOKUP, { key: 'hmic' }));
    expect(five.statements[0]!.params).not.toEqual(two.statements[0]!.params);
    expect(absent.statements[0]!.params).not.toEqual(two.statements[0]!.params);
    const narrower = await sent(`query($key: String!) { organisation(key: $key) { key } }`, { key: 'hmic' });
    expect(narrower.statements[0]!.cypher).not.toBe(two.statements[0]!.cypher);
    const typed = await sent(`query($key: String!) { entity(key: $key) { key } }`, { key: 'hmic' });
    expect(typed.statements[0]!.cypher).not.toBe(narrower.statements[0]!.cypher);
  });

  it('refuses an argument over its cap every time, never from a cached statement', async () => {
    for (let i = 0; i < 2; i++) {
      const over = await sent(LOOKUP, { key: 'hmic', n: 5000 });
      expect(over.statements).toHaveLength(0);
      expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('never lets one request change the parameters another one sends', async () => {
    const a = await sent(LOOKUP, { key: 'hmic', n: 3 });
    (a.statements[0]!.params as Record<string, unknown>).param0 = 'tampered';
    const b = await sent(LOOKUP, { key: 'psni', n: 3 });
    expect(b.statements[0]!.params.param0).toBe('psni');
    expect(b.statements).toEqual(await fresh(LOOKUP, { key: 'psni', n: 3 }));
  });
});

const PAGE = `query($n: Int, $after: String, $kind: OrganisationKind) {
  organisations(first: $n, after: $after, filter: { kind: $kind }, orderBy: { by: NAME }) {
    totalCount pageInfo { endCursor } nodes { key inspects(first: 2) { nodes { key } } }
  }
}`;

describe('compiled lists', () => {
  it('builds the same page asked again once, and sends what an unprimed translator sends', async () => {
    const first = await sent(PAGE, { n: 3 });
    const kept = translator.compiled.size;
    const again = await sent(PAGE, { n: 3 });
    expect(first.statements).toHaveLength(1);
    expect(again.statements).toEqual(first.statements);
    expect(translator.compiled.size).toBe(kept);
    expect(again.statements).toEqual(await fresh(PAGE, { n: 3 }));
  });

  it('builds another page size, cursor or filter value for itself', async () => {
    await sent(PAGE, { n: 3 });
    const after = toCursor(['NAME', 'ASC', 'HMIC', 'hmic']);
    for (const variables of [{ n: 4 }, { n: 3, kind: 'POLICE_FORCES' }, { n: 3, after }, {}]) {
      const got = await sent(PAGE, variables);
      expect(got.statements).toEqual(await fresh(PAGE, variables));
    }
    const sized = await sent(PAGE, { n: 4 });
    const other = await sent(PAGE, { n: 3 });
    expect(sized.statements[0]!.params).not.toEqual(other.statements[0]!.params);
  });

  it('refuses a cursor that is not one every time, and lets no caller change a kept statement', async () => {
    for (let i = 0; i < 2; i++) {
      const bad = await sent(PAGE, { n: 3, after: 'not a cursor' });
      expect(bad.statements).toHaveLength(0);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const a = await sent(PAGE, { n: 2 });
    for (const name of Object.keys(a.statements[0]!.params))
      (a.statements[0]!.params as Record<string, unknown>)[name] = 'tampered';
    expect((await sent(PAGE, { n: 2 })).statements).toEqual(await fresh(PAGE, { n: 2 }));
  });
});

describe('compiled exploration queries', () => {
  const QUESTIONS: [string, Record<string, unknown>, Record<string, unknown>][] = [
    [
      'query($first: Int) { timeline(first: $first) { relationship date { key } entity { key } } }',
      { first: 5 },
      { first: 6 },
    ],
    [
      'query($key: String!, $depth: Int) { neighbourhood(key: $key, depth: $depth) { truncated nodes { key } } }',
      { key: 'hmic', depth: 1 },
      { key: 'acpo', depth: 1 },
    ],
    [
      'query($to: String!) { paths(from: "psni", to: $to, mode: K_PATHS) { length nodes { key } } }',
      { to: 'prevent' },
      { to: 'protect' },
    ],
    [
      'query($text: String!) { search(text: $text, first: 3) { score entity { key } } }',
      { text: 'prevent' },
      { text: 'pursue' },
    ],
    [
      'query($prefix: String!) { suggest(prefix: $prefix) { match entity { key } } }',
      { prefix: 'ins' },
      { prefix: 'pre' },
    ],
  ];

  it.each(QUESTIONS)('%s: built once for the same arguments, for itself for others', async (query, one, other) => {
    const first = await sent(query, one);
    const kept = translator.compiled.size;
    const again = await sent(query, one);
    expect(first.statements).toHaveLength(1);
    expect(again.statements).toEqual(first.statements);
    expect(translator.compiled.size).toBe(kept);
    const changed = await sent(query, other);
    expect(changed.statements).toEqual(await fresh(query, other));
    expect(changed.statements[0]!.params).not.toEqual(first.statements[0]!.params);
  });

  it('builds again once the read caps change', async () => {
    const query = QUESTIONS[0]![0];
    await sent(query, { first: 5 });
    const kept = translator.compiled.size;
    configureLimits({ ...LIMITS });
    try {
      await sent(query, { first: 5 });
      expect(translator.compiled.size).toBe(kept + 1);
    } finally {
      configureLimits(DEFAULT_GRAPH_LIMITS);
    }
  });
});
