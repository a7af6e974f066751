// The selection of a field as the builders read it: graphql-parse-resolve-info's tree of response
// names, arguments and the fields asked for on each type. Every root field starts here.
//
// A root field answered from a kept plan (src/server/direct/answer.ts) comes with the same field
// nodes on every request. When nothing below it names a variable, what lies below the root is the
// same on every request too: it is read once, frozen, and given again, with only the root's own
// arguments read afresh. Being the same object each time, its key for the statement cache is made
// once as well (compiled.ts). Field nodes of an ordinary execution are new on every request and
// never kept.
import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
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

/**
 * Puts back, as a field of its own, each `__typename` of the selection: graphql-parse-resolve-info
 * leaves every `__` field out, and the entity builder needs to know whether one was asked for
 * (entity/projection.ts). The walk follows the library's: fields under their type, fragments under
 * the type they name; a field the library left out (skipped by a directive) is not entered.
 */
function addTypenames(info: GraphQLResolveInfo, set: SelectionSetNode, type: GraphQLNamedType, below: Below): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const alias = selection.alias?.value ?? selection.name.value;
      if (selection.name.value === '__typename') {
        const fields = (below[type.name] ??= {});
        fields[alias] ??= { name: '__typename', alias, args: {}, fieldsByTypeName: {} };
      } else if (selection.selectionSet && (isObjectType(type) || isInterfaceType(type))) {
        const field = type.getFields()[selection.name.value];
        const inner = below[type.name]?.[alias];
        if (field && inner)
          addTypenames(info, selection.selectionSet, getNamedType(field.type), inner.fieldsByTypeName);
      }
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    const condition = fragment?.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : type;
    if (fragment && condition) addTypenames(info, fragment.selectionSet, condition, below);
  }
}

/** graphql-parse-resolve-info's tree of the field, with its `__typename` fields (addTypenames). */
export function readTree(info: GraphQLResolveInfo): ResolveTree {
  const tree = parseResolveInfo(info) as ResolveTree;
  // A text without the word has none to put back.
  if (info.operation.loc && !info.operation.loc.source.body.includes('__typename')) return tree;
  const type = getNamedType(info.returnType);
  for (const node of info.fieldNodes) {
    if (node.selectionSet) addTypenames(info, node.selectionSet, type, tree.fieldsByTypeName);
  }
  return tree;
}

export function treeOf(info: GraphQLResolveInfo): ResolveTree {
  const below = kept.get(info.fieldNodes);
  if (below === undefined) return readTree(info);
  if (below === null) {
    const tree = readTree(info);
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
