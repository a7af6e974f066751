// The cost rule without a database: how many entities an operation may return, counting every list
// at its most items whether its size is written in the query, passed as a variable, taken from a
// variable's default or left to the server's default.
import 'reflect-metadata';
import { getNamedType, isInterfaceType, isObjectType, parse, type OperationDefinitionNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { operationCost, requestCost } from '../../src/server/query-cost.js';
import { variableShape } from '../../src/server/variable-shape.js';
import { generator, random } from '../property/random-operations.js';

const schema = buildAppSchema();
const pages = { defaultPageSize: 20, maxPageSize: 100 };

const cost = (source: string, variables?: Record<string, unknown>) =>
  operationCost(schema, parse(source), variables, undefined, pages);

describe('operation cost', () => {
  it('counts one entity for a lookup and each page at its size', () => {
    expect(cost('{ organisation(key: "hmic") { name } }')).toBe(1);
    expect(cost('{ organisations(first: 100) { nodes { inspects(first: 100) { nodes { name } } } } }')).toBe(
      100 + 100 * 100,
    );
    expect(cost('{ organisations { totalCount } }')).toBe(0);
  });

  it('takes `first` from the query, a variable, a variable’s default or the server’s default', () => {
    expect(cost('{ organisation(key: "hmic") { inspects { nodes { name } } } }')).toBe(1 + 20);
    expect(
      cost('query($n: Int) { organisation(key: "hmic") { inspects(first: $n) { nodes { name } } } }', { n: 3 }),
    ).toBe(1 + 3);
    expect(cost('query($n: Int = 90) { organisation(key: "hmic") { inspects(first: $n) { nodes { name } } } }')).toBe(
      1 + 90,
    );
    expect(cost('query($n: Int) { organisation(key: "hmic") { inspects(first: $n) { nodes { name } } } }')).toBe(
      1 + 20,
    );
    // Above the page size the translator refuses it; it counts at the cap meanwhile.
    expect(cost('{ organisations(first: 5000) { nodes { key } } }')).toBe(100);
  });

  it('refuses variables of the wrong type with BAD_USER_INPUT', () => {
    const op = 'query($n: Int) { organisation(key: "hmic") { inspects(first: $n) { nodes { name } } } }';
    expect(() => cost(op, { n: 'lots' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });

  it('counts entities reached through edges, fragments and provenance (at most 10 sources), and `nodes(ids:)` by its IDs', () => {
    expect(cost('{ organisation(key: "hmic") { inspects(first: 5) { edges { node { name } } } } }')).toBe(1 + 5);
    expect(
      cost(
        '{ organisation(key: "hmic") { ...F } } fragment F on Organisation { inspects(first: 5) { nodes { sources { document { name } } } } }',
      ),
    ).toBe(1 + 5 * (1 + 10));
    expect(cost('{ entity(key: "hmic") { ... on Organisation { inspects(first: 2) { nodes { name } } } } }')).toBe(
      1 + 2,
    );
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(3);
  });

  it('counts exploration lists at their limits: neighbourhood, paths, search and timeline', () => {
    expect(cost('{ neighbourhood(key: "hmic") { center { key } nodes { key } } }')).toBe(51 * 2);
    expect(cost('{ neighbourhood(key: "hmic", limit: 200) { nodes { key } } }')).toBe(201);
    expect(
      cost(
        'query($l: Int = 10) { neighbourhood(key: "hmic", limit: $l) { nodes { key } relationships { sources { document { key } } } } }',
      ),
    ).toBe(11 * (1 + 10));
    expect(cost('{ paths(from: "a", to: "b") { nodes { key } } }')).toBe(1 * 5 * 1);
    expect(
      cost(
        '{ paths(from: "a", to: "b", mode: K_PATHS, k: 10, maxLength: 6) { nodes { key } steps { from { key } to { key } } } }',
      ),
    ).toBe(10 * 7 * 3);
    expect(cost('{ paths(from: "a", to: "b", mode: ALL_SHORTEST, maxLength: 2) { nodes { key } } }')).toBe(100 * 3);
    expect(cost('{ search(text: "police") { entity { key } } }')).toBe(10);
    expect(cost('query($n: Int = 40) { search(text: "police", first: $n) { entity { key } } }')).toBe(40);
    expect(cost('{ timeline { entity { key } } }')).toBe(50);
    expect(cost('{ timeline(first: 7) { entity { key } sources { document { key } } } }')).toBe(7 * (1 + 10));
  });
});

describe('cost remembered per document and shape of variables', () => {
  const op = (source: string) => {
    const document = parse(source);
    return { document, operation: document.definitions[0] as OperationDefinitionNode };
  };

  it('gives one key to every string of a String or ID variable, and keeps sizes, enums and absence apart', () => {
    const { operation } = op('query Q($key: String!, $ids: [ID!], $n: Int, $mode: PathMode) { __typename }');
    const shape = (variables: Record<string, unknown>) => variableShape(operation, variables);
    expect(shape({ key: 'a', ids: ['x', 'y'] })).toBe(shape({ key: 'b', ids: ['z', 'w'] }));
    expect(shape({ key: 'a', ids: ['x'] })).not.toBe(shape({ key: 'a', ids: ['x', 'y'] }));
    expect(shape({ key: 'a', n: 3 })).not.toBe(shape({ key: 'a', n: 4 }));
    expect(shape({ key: 'a', n: 3 })).not.toBe(shape({ key: 'a', n: '3' }));
    expect(shape({ key: 'a', mode: 'K_PATHS' })).not.toBe(shape({ key: 'a', mode: 'SHORTEST' }));
    expect(shape({ key: 'a' })).not.toBe(shape({ key: 'a', n: null }));
    expect(shape({ key: 'a', n: undefined })).not.toBe(shape({ key: 'a', n: null }));
  });

  it('counts again when a size changes, and answers each request with its own variables', () => {
    const { document, operation } = op(
      'query($key: String!, $n: Int) { organisation(key: $key) { inspects(first: $n) { nodes { name } } } }',
    );
    const costOf = (variables: Record<string, unknown>) =>
      requestCost({ variables }, schema, document, operation, pages);
    expect(costOf({ key: 'hmic', n: 3 })).toBe(1 + 3);
    expect(costOf({ key: 'other', n: 3 })).toBe(1 + 3);
    expect(costOf({ key: 'hmic', n: 7 })).toBe(1 + 7);
    expect(costOf({ key: 'hmic' })).toBe(1 + 20);
    expect(() => costOf({ key: 'hmic', n: 'lots' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
    // A refused request is not remembered: the same variables are refused again.
    expect(() => costOf({ key: 'hmic', n: 'lots' })).toThrow();
    expect(
      requestCost({ variables: { key: 'x', n: 5 } }, schema, document, operation, {
        defaultPageSize: 20,
        maxPageSize: 4,
      }),
    ).toBe(1 + 4);
  });

  it('still counts right past the number of shapes it keeps per document, the first shape again too', () => {
    const { document, operation } = op(
      'query($n: Int) { organisation(key: "hmic") { inspects(first: $n) { nodes { name } } } }',
    );
    const costOf = (n: number) => requestCost({ variables: { n } }, schema, document, operation, pages);
    for (let n = 1; n <= 100; n++) expect(costOf(n)).toBe(1 + n);
    for (let n = 1; n <= 100; n++) expect(costOf(n)).toBe(1 + n);
  });
});

describe('the count, against graphql-query-complexity’s own getComplexity', () => {
  // The estimators query-cost.ts gives the counter, written out again so that a change there shows.
  const entityEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
    const type = getNamedType(field.type);
    const entity =
      type.name === 'Entity' ||
      type.name === 'Node' ||
      ((isObjectType(type) || isInterfaceType(type)) && type.getInterfaces().some((i) => i.name === 'Entity'));
    return (entity ? 1 : 0) + childComplexity;
  };
  const library = (source: string, variables: Record<string, unknown> = {}, operationName?: string) =>
    getComplexity({
      schema,
      query: parse(source),
      variables,
      operationName,
      context: { pages },
      estimators: [fieldExtensionsEstimator(), entityEstimator],
      maxQueryNodes: 100_000,
    });
  const ours = (source: string, variables: Record<string, unknown> = {}, operationName?: string) =>
    operationCost(schema, parse(source), variables, operationName, pages);

  it('counts what it counts for 2,000 random operations', () => {
    const next = generator(
      schema,
      { keys: ['hmic', 'acpo', 'no-such-key'], ids: ['T3JnYW5pc2F0aW9uOmhtaWM='], words: ['police', 'strategy'] },
      random(2026),
    );
    let nonZero = 0;
    for (let i = 0; i < 2_000; i++) {
      const { query, variables } = next();
      const expected = library(query, variables);
      expect(ours(query, variables), `${query} ${JSON.stringify(variables)}`).toBe(expected);
      if (expected > 0) nonZero++;
    }
    expect(nonZero).toBeGreaterThan(1_000);
  });

  it('names, sums, skips and spreads as it does', () => {
    const two = `query A { organisations(first: 3) { nodes { key } } }
      query B { organisation(key: "hmic") { inspects(first: 7) { nodes { ...N } } } }
      fragment N on Organisation { name inspectedBy(first: 2) { nodes { key } } }`;
    for (const name of ['A', 'B', undefined]) expect(ours(two, {}, name)).toBe(library(two, {}, name));
    expect(ours(two, {}, 'B')).toBe(1 + 7 * (1 + 2));
    expect(ours(two)).toBe(3 + 1 + 7 * (1 + 2));
    const skipped = `query($s: Boolean!, $i: Boolean = true) {
      organisations(first: 5) @skip(if: $s) { nodes { key } }
      organisation(key: "hmic") @include(if: $i) { ... on Organisation { inspects(first: 4) { nodes { key } } } }
    }`;
    for (const variables of [{ s: true }, { s: false }, { s: false, i: false }])
      expect(ours(skipped, variables)).toBe(library(skipped, variables));
    expect(ours(skipped, { s: true, i: false })).toBe(0);
    // A cycle of fragments (which validation refuses first) is cut where the library cuts it.
    const cycle =
      '{ organisation(key: "hmic") { ...A } } fragment A on Organisation { name inspects { nodes { ...A } } }';
    expect(ours(cycle)).toBe(library(cycle));
  });

  it('throws where it throws: variables that do not fit, and too many fields', () => {
    const op = 'query($n: Int) { organisation(key: "hmic") { inspects(first: $n) { nodes { name } } } }';
    expect(() => library(op, { n: 'lots' })).toThrow();
    expect(() => ours(op, { n: 'lots' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
    const wide = `{ ${Array.from({ length: 100_001 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(() => library(wide)).toThrow(/maximum allowed number of nodes/);
    expect(() => ours(wide)).toThrow(/maximum allowed number of nodes/);
  });
});
