// The cost of an operation: how many entities its response may hold at most. Every field that
// returns an entity costs one per copy of it the response can contain; a connection multiplies what
// is under it by its page size (`first`, from the query text or a variable, else the default page
// size) and `nodes(ids:)` by the number of IDs. So `organisations(first: 100) { nodes { inspects {
// nodes { name } } } }` costs 100 + 100 × 20 = 2 100. The translator answers a root field with one
// Cypher query, so this bounds the rows that one query may build.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { overLimit } from '../errors.js';

export interface PageSizes {
  defaultPageSize: number;
  maxPageSize: number;
}

type Variables = Record<string, unknown> | undefined;

function argumentValue(value: ValueNode | undefined, variables: Variables): unknown {
  if (!value) return undefined;
  if (value.kind === Kind.VARIABLE) return variables?.[value.name.value];
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.LIST) return value.values;
  return undefined;
}

export function operationCost(
  schema: GraphQLSchema,
  root: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables,
  pages: PageSizes,
): number {
  const entity = schema.getType('Entity');
  const isEntity = (t: GraphQLNamedType) =>
    t.name === 'Entity' || t.name === 'Node' || (isObjectType(t) && !!entity && t.getInterfaces().some((i) => i.name === 'Entity'));

  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, copies: number): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += walk(selection.selectionSet, type, copies);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (fragment) cost += walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), copies);
      } else if (selection.selectionSet && parent && (isObjectType(parent) || isInterfaceType(parent))) {
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const type = getNamedType(field.type);
        const arg = (name: string) => argumentValue(selection.arguments?.find((a) => a.name.value === name)?.value, variables);
        let fanOut = 1;
        if (type.name.endsWith('Connection')) {
          const first = arg('first');
          // An unusable `first` is rejected later with its own error; count it at the cap meanwhile.
          if (first === undefined || first === null) fanOut = pages.defaultPageSize;
          else fanOut = Number.isInteger(first) ? Math.max(0, first as number) : pages.maxPageSize;
        } else if (Array.isArray(arg('ids'))) {
          fanOut = (arg('ids') as unknown[]).length;
        }
        const inner = copies * fanOut;
        if (isEntity(type)) cost += inner;
        cost += walk(selection.selectionSet, type, inner);
      }
    }
    return cost;
  };
  return walk(selectionSet, root, 1);
}

export function costLimitPlugin(maxCost: number, pages: PageSizes): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const fragments = Object.fromEntries(
            document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const root = operation && schema.getRootType(operation.operation);
          if (!operation || !root) return;
          const cost = operationCost(schema, root, operation.selectionSet, fragments, request.variables, pages);
          if (cost > maxCost) {
            throw overLimit('maxCost', maxCost, `Query cost limit of ${maxCost} exceeded, found ${cost}: it may return ${cost} entities (lower \`first\` or nest less).`);
          }
        },
      };
    },
  };
}
