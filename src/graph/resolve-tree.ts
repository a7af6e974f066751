// The selection of a field as the builders read it: graphql-parse-resolve-info's tree of response
// names, arguments and the fields asked for on each type. Every root field starts here.
//
// A root field answered from a kept plan (src/server/direct/answer.ts) comes with the same field
// nodes on every request. When nothing below it names a variable, what lies below the root is the
// same on every request too: it is read once, frozen, and given again, with only the root's own
// arguments read afresh. Being the same object each time, its key for the statement cache is made
// once as well (compiled.ts). Field nodes of an ordinary execution are new on every request and
// never kept.
import { getArgumentValues, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

export type { ResolveTree } from 'graphql-parse-resolve-info';

type Below = ResolveTree['fieldsByTypeName'];

/** Field nodes whose selection names no variable, with what lies below them once read (else null). */
const kept = new WeakMap<readonly FieldNode[], Below | null>();

/** Marks a root's field nodes as selecting the same below the root on every request. */
export function keepSelection(nodes: readonly FieldNode[]): void {
  if (!kept.has(nodes)) kept.set(nodes, null);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function treeOf(info: GraphQLResolveInfo): ResolveTree {
  const below = kept.get(info.fieldNodes);
  if (below === undefined) return parseResolveInfo(info) as ResolveTree;
  if (below === null) {
    const tree = parseResolveInfo(info) as ResolveTree;
    kept.set(info.fieldNodes, deepFreeze(tree.fieldsByTypeName));
    return tree;
  }
  const node = info.fieldNodes[0]!;
  const field = info.parentType.getFields()[node.name.value]!;
  return {
    name: node.name.value,
    alias: node.alias?.value ?? node.name.value,
    args: getArgumentValues(field, node, info.variableValues) as ResolveTree['args'],
    fieldsByTypeName: below,
  };
}
