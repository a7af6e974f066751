// Direct execution (src/server/direct/) against ordinary execution: every operation of a corpus is
// run by a server with it and by one without, on the same database, and the two answers must be the
// same bytes, with the same status and headers. The corpus covers what the shaping must get right
// (aliases, fields merged from fragments, interfaces, __typename, IDs, cursors, enums, nulls, lists,
// every exploration query) and what it must leave to ordinary execution (errors of every kind,
// directives, introspection); each entry says which of the two answered.
import 'reflect-metadata';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/schema/context.js';
import { fromGlobalId, toGlobalId } from '../../src/graph/ids.js';
import { createServer } from '../../src/server/create-server.js';
import type { AnsweredBy } from '../../src/server/direct/answer.js';
import { CORPUS, type Case } from '../support/direct-corpus.js';
import { data, type Harness, openHarness } from '../support/helpers.js';
import { COST_LIFTED } from '../support/limits.js';

let h: Harness;
let direct: ApolloServer<Context>;
let ordinary: ApolloServer<Context>;
let answered: AnsweredBy[] = [];
let ids: string[];

beforeAll(async () => {
  h = await openHarness();
  direct = createServer({ ...COST_LIFTED, directExecution: { onAnswer: (d) => answered.push(d) } });
  ordinary = createServer({ ...COST_LIFTED, directExecution: false });
  await Promise.all([direct.start(), ordinary.start()]);
  const found = await data<any>(
    h,
    '{ a: organisation(key: "hmic") { id } b: recommendation(key: "rec-2009-1") { id } }',
  );
  ids = [found.a.id, found.b.id, toGlobalId('Organisation', 'no-such-body')];
});
afterAll(async () => {
  await Promise.all([direct.stop(), ordinary.stop()]);
  await h.close();
});

async function both(c: Case, variables = c.variables) {
  answered = [];
  const request = { query: c.query, variables };
  const [a, b] = [
    await direct.executeOperation(request, { contextValue: h.context }),
    await ordinary.executeOperation(request, { contextValue: h.context }),
  ];
  return { a, b, answered: [...answered] };
}

describe('direct execution', () => {
  it.each(CORPUS)('$name: the same answer as ordinary execution', async (c) => {
    const variables = c.name.startsWith('node and nodes') ? { ids, one: ids[1] } : c.variables;
    const { a, b, answered: which } = await both(c, variables);
    expect(JSON.stringify(a.body)).toBe(JSON.stringify(b.body));
    expect(a.http.status).toBe(b.http.status);
    expect([...a.http.headers]).toEqual([...b.http.headers]);
    // Requests refused before execution (variables that do not coerce) reach neither path.
    if (c.direct) expect(which).toEqual(['direct']);
    else expect(which).not.toContain('direct');
    // Not an empty answer passing for agreement: a direct answer has data.
    if (c.direct) expect(a.body.kind === 'single' && a.body.singleResult.data).toBeTruthy();
  });

  it('gives each relationship of a neighbourhood its own ID when asked for, and answers alike without', async () => {
    const ask = (fields: string) => ({
      name: fields,
      query: `{ neighbourhood(key: "hmic", depth: 2) { relationships { ${fields} } } }`,
      direct: true,
    });
    const withId = await both(ask('id type fromKey toKey'));
    const without = await both(ask('type fromKey toKey'));
    expect(JSON.stringify(withId.a.body)).toBe(JSON.stringify(withId.b.body));
    const rels = (r: typeof withId) =>
      (r.a.body.kind === 'single' ? (r.a.body.singleResult.data as any) : undefined).neighbourhood.relationships;
    const ids = rels(withId).map((x: { id: string }) => x.id);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id: unknown) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(rels(without)).toEqual(rels(withId).map(({ id: _id, ...rest }: { id: string }) => rest));
  });

  it('names the concrete type wherever __typename is asked, though maps without it answer as any type', async () => {
    // Both paths answer alike whatever the maps hold, so what they agree on is checked here too: the
    // type each entity really is, from its global ID, whether __typename is asked directly, under an
    // alias, through a fragment on the interface, or in a request only ordinary execution answers.
    const ask = async (query: string, direct = true) => {
      const r = await both({ name: query, query, direct });
      expect(JSON.stringify(r.a.body)).toBe(JSON.stringify(r.b.body));
      expect(r.answered).toEqual(direct ? ['direct'] : ['executed']);
      return (r.a.body.kind === 'single' ? r.a.body.singleResult.data : undefined) as any;
    };
    const typeOf = (id: string) => fromGlobalId(id).type;
    const found = await ask(`{ a: entity(key: "hmic") { ... on Entity { t: __typename } }
      b: entity(key: "rec-2009-1") { ...T } c: entity(key: "rec-2009-1") { name __typename } } fragment T on Entity { __typename }`);
    expect(found).toEqual({
      a: { t: 'Organisation' },
      b: { __typename: 'Recommendation' },
      c: { name: expect.any(String), __typename: 'Recommendation' },
    });
    const executed = await ask('{ entity(key: "hmic") { key @include(if: true) __typename } }', false);
    expect(executed.entity.__typename).toBe('Organisation');
    const withIds = await ask('{ search(text: "prevent", first: 8) { entity { id } } }');
    const named = await ask('{ search(text: "prevent", first: 8) { entity { __typename } } }');
    const types = withIds.search.map((hit: any) => typeOf(hit.entity.id));
    expect(new Set(types).size).toBeGreaterThan(1);
    expect(named.search.map((hit: any) => hit.entity.__typename)).toEqual(types);
  });

  it('answers the next page through the cursor of the first, directly', async () => {
    const c = CORPUS.find((x) => x.name.startsWith('a filtered, ordered page'))!;
    const first = await both(c);
    const body = first.a.body.kind === 'single' ? (first.a.body.singleResult.data as any) : undefined;
    const after = body.recommendations.pageInfo.endCursor;
    expect(after).toEqual(expect.any(String));
    const next = await both(c, { after });
    expect(JSON.stringify(next.a.body)).toBe(JSON.stringify(next.b.body));
    expect(next.answered).toEqual(['direct']);
  });

  it('answers a kept plan again with new variables, below the root as well as at it', async () => {
    // The first request of each text makes its plan; the later ones reuse it, and with it the
    // selection below the root when that names no variable (src/graph/resolve-tree.ts).
    const rootOnly =
      'query($k: String!) { organisation(key: $k) { key name inspects(first: 2) { totalCount nodes { key } } } }';
    const below =
      'query($k: String!, $n: Int!) { organisation(key: $k) { key inspects(first: $n) { nodes { key } } } }';
    const inFragment =
      'query($k: String!, $n: Int!) { organisation(key: $k) { ...F } } fragment F on Organisation { key inspects(first: $n) { nodes { key } } }';
    const asked: [string, Record<string, unknown>][] = [
      [rootOnly, { k: 'hmic' }],
      [rootOnly, { k: 'acpo' }],
      [rootOnly, { k: 'hmic' }],
      [below, { k: 'hmic', n: 1 }],
      [below, { k: 'hmic', n: 3 }],
      [below, { k: 'acpo', n: 3 }],
      [below, { k: 'hmic', n: 1 }],
      [inFragment, { k: 'hmic', n: 1 }],
      [inFragment, { k: 'hmic', n: 3 }],
      [inFragment, { k: 'hmic', n: 1 }],
    ];
    const seen = new Map<string, string>();
    for (const [query, variables] of asked) {
      const r = await both({ name: query, query, direct: true }, variables);
      expect(JSON.stringify(r.a.body)).toBe(JSON.stringify(r.b.body));
      expect(r.answered).toEqual(['direct']);
      seen.set(`${query} ${JSON.stringify(variables)}`, JSON.stringify(r.a.body));
    }
    const nodes = (query: string, variables: object) =>
      JSON.parse(seen.get(`${query} ${JSON.stringify(variables)}`)!).singleResult.data.organisation.inspects.nodes;
    // Not one answer given for every request: the key and the page size each change the answer.
    expect(seen.get(`${rootOnly} ${JSON.stringify({ k: 'acpo' })}`)).not.toBe(
      seen.get(`${rootOnly} ${JSON.stringify({ k: 'hmic' })}`),
    );
    // The last answer to each: a page size asked for again after another is answered with its own.
    expect(nodes(below, { k: 'hmic', n: 1 })).toHaveLength(1);
    expect(nodes(below, { k: 'hmic', n: 3 })).toHaveLength(3);
    expect(nodes(inFragment, { k: 'hmic', n: 3 })).toHaveLength(3);
    expect(nodes(inFragment, { k: 'hmic', n: 1 })).toHaveLength(1);
  });

  it('sends each statement once when ordinary execution takes over', async () => {
    const statements: string[] = [];
    const db = { ...h.context.db };
    const counted = Object.assign(Object.create(h.context.db), {
      read(cypher: string, params?: Record<string, unknown>) {
        statements.push(cypher);
        return db.read(cypher, params);
      },
    });
    answered = [];
    const response = await direct.executeOperation(
      {
        query:
          '{ a: organisation(key: "hmic") { key } b: organisation(key: "") { key } c: recommendations(first: 1) { totalCount } }',
      },
      { contextValue: { ...h.context, db: counted } },
    );
    expect(response.body.kind === 'single' && response.body.singleResult.errors?.length).toBe(1);
    expect(answered).toEqual(['executed']);
    // Two roots read the database (the bad key is refused before any statement), each once.
    expect(statements).toHaveLength(2);
  });
});
