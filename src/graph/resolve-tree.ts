// The selection of a field as the builders read it: graphql-parse-resolve-info's tree of response
// names, arguments and the fields asked for on each type. Every root field starts here.
//
// A root field answered from a kept plan (src/server/direct/answer.ts) comes with the same field
// nodes on every request. With no directive in the document (plans refuse those), what lies below
// the root can differ from one request to the next only by the variables named there (a page size
// given as `$first`): it is read once for each set of their values, frozen, and given again, with
// only the root's own arguments read afresh. Being the same object each time, its key for the
// statement cache is made once as well (compiled.ts). Field nodes of an ordinary execution are new
// on every request and never kept.
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
import { marked } from './compiled.js';

export type { ResolveTree } from 'graphql-parse-resolve-info';

type Below = ResolveTree['fieldsByTypeName'];

/** A kept root's variables named below it, and what lies below it for each set of their values. */
interface Kept {
  names: readonly string[];
  trees: Map<string, Below>;
}

/** Kept roots, by their field nodes. */
const kept = new WeakMap<readonly FieldNode[], Kept>();

/** Sets of values kept per root: the oldest makes way (a client paging with many page sizes). */
const TREES_PER_ROOT = 8;

/** Marks a root's field nodes as selecting the same below the root for the same `variables`. */
export function keepSelection(nodes: readonly FieldNode[], variables: Iterable<string>): void {
  if (!kept.has(nodes)) kept.set(nodes, { names: [...new Set(variables)].sort(), trees: new Map() });
}

/**
 * The values of `names` as a key, undefined marked apart from null as statement keys mark it
 * (compiled.ts); undefined when a value is not plain data (a custom scalar's class instance), whose
 * text might not tell two values apart.
 */
function valuesKey(names: readonly string[], values: Record<string, unknown>): string | undefined {
  if (names.length === 0) return '';
  let plain = true;
  const key = JSON.stringify(
    names.map((name) => values[name]),
    (key, value: unknown) => {
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) plain = false;
      }
      return marked(key, value);
    },
  );
  return plain ? key : undefined;
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
  const root = kept.get(info.fieldNodes);
  const key = root && valuesKey(root.names, info.variableValues);
  if (!root || key === undefined) return readTree(info);
  const below = root.trees.get(key);
  if (below === undefined) {
    const tree = readTree(info);
    if (root.trees.size >= TREES_PER_ROOT) root.trees.delete(root.trees.keys().next().value!);
    root.trees.set(key, deepFreeze(tree.fieldsByTypeName));
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
