// The selection below a kept root is read once for each set of the values of the variables named
// below it (src/graph/resolve-tree.ts): the same values give the same frozen tree, other values
// another one, and the root's own arguments are read afresh every time.
import 'reflect-metadata';
import { parse, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { keepSelection, treeOf } from '../../src/graph/resolve-tree.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';

const schema = buildAppSchema();
const query = schema.getQueryType()!;
const text = 'query($k: String!, $n: Int) { organisation(key: $k) { key inspects(first: $n) { nodes { key } } } }';

function infoOf(operation: OperationDefinitionNode, variableValues: Record<string, unknown>) {
  return {
    fieldName: 'organisation',
    fieldNodes: operation.selectionSet.selections,
    returnType: query.getFields().organisation!.type,
    parentType: query,
    schema,
    operation,
    fragments: {},
    variableValues,
    path: { prev: undefined, key: 'organisation', typename: 'Query' },
  } as unknown as GraphQLResolveInfo;
}

const firstOf = (tree: ReturnType<typeof treeOf>) => tree.fieldsByTypeName.Organisation!.inspects!.args.first;

describe('the selection below a kept root', () => {
  it('is read once for each set of values of the variables named below the root', () => {
    const operation = parse(text).definitions[0] as OperationDefinitionNode;
    keepSelection(operation.selectionSet.selections as never, ['n']);
    const a = treeOf(infoOf(operation, { k: 'hmic', n: 1 }));
    const b = treeOf(infoOf(operation, { k: 'acpo', n: 1 }));
    const c = treeOf(infoOf(operation, { k: 'acpo', n: 3 }));
    const d = treeOf(infoOf(operation, { k: 'hmic' }));
    expect(b.fieldsByTypeName).toBe(a.fieldsByTypeName);
    expect(Object.isFrozen(a.fieldsByTypeName)).toBe(true);
    expect([a.args, b.args]).toEqual([{ key: 'hmic' }, { key: 'acpo' }]);
    expect(c.fieldsByTypeName).not.toBe(a.fieldsByTypeName);
    expect([firstOf(a), firstOf(c)]).toEqual([1, 3]);
    // An absent variable is a request of its own: the argument is left out.
    expect(firstOf(d)).toBeUndefined();
    expect([a.fieldsByTypeName, c.fieldsByTypeName]).not.toContain(d.fieldsByTypeName);
    expect(treeOf(infoOf(operation, { k: 'x', n: 3 })).fieldsByTypeName).toBe(c.fieldsByTypeName);
  });

  it('is read afresh for field nodes that are not kept', () => {
    const operation = parse(text).definitions[0] as OperationDefinitionNode;
    const a = treeOf(infoOf(operation, { k: 'hmic', n: 1 }));
    const b = treeOf(infoOf(operation, { k: 'hmic', n: 1 }));
    expect(b.fieldsByTypeName).not.toBe(a.fieldsByTypeName);
    expect(b.fieldsByTypeName).toEqual(a.fieldsByTypeName);
  });
});
