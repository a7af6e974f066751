// The cost rule without a database: how many entities an operation may return, counting pages at
// their size whether `first` is written in the query, passed as a variable or left to the default.
import 'reflect-metadata';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../src/schema/build-schema.js';
import { operationCost } from '../src/server/query-cost.js';

const schema = buildAppSchema();
const pages = { defaultPageSize: 20, maxPageSize: 100 };

function cost(source: string, variables?: Record<string, unknown>): number {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return operationCost(schema, schema.getRootType(operation.operation)!, operation.selectionSet, fragments, variables, pages);
}

describe('operation cost', () => {
  it('counts one entity for a lookup and each page at its size', () => {
    expect(cost('{ organisation(key: "hmic") { name } }')).toBe(1);
    expect(cost('{ organisations(first: 100) { nodes { inspects(first: 100) { nodes { name } } } } }')).toBe(100 + 100 * 100);
    expect(cost('{ organisations { totalCount } }')).toBe(0);
  });

  it('uses the default page size when `first` is left out, and the variable when it is passed', () => {
    expect(cost('{ organisation(key: "hmic") { inspects { nodes { name } } } }')).toBe(1 + 20);
    expect(cost('query($n: Int) { organisation(key: "hmic") { inspects(first: $n) { nodes { name } } } }', { n: 3 })).toBe(1 + 3);
    expect(cost('query($n: Int) { organisation(key: "hmic") { inspects(first: $n) { nodes { name } } } }', { n: 'lots' })).toBe(1 + 100);
  });

  it('counts entities reached through edges, fragments and provenance, and `nodes(ids:)` by its IDs', () => {
    expect(cost('{ organisation(key: "hmic") { inspects(first: 5) { edges { node { name } } } } }')).toBe(1 + 5);
    expect(cost('{ organisation(key: "hmic") { ...F } } fragment F on Organisation { inspects(first: 5) { nodes { sources { document { name } } } } }')).toBe(1 + 5 + 5);
    expect(cost('{ entity(key: "hmic") { ... on Organisation { inspects(first: 2) { nodes { name } } } } }')).toBe(1 + 2);
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(3);
  });
});
