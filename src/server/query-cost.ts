// The cost of an operation: how many entities its response may hold at most, computed before it runs
// by graphql-query-complexity from the costs declared on the fields (src/schema/complexity.ts). Every
// field that returns an entity adds one, plus what is selected under it; every list multiplies that
// by the most items it can hold. So `organisations(first: 100) { nodes { inspects { nodes { name } }
// } }` costs 100 × (1 + 20 × 1) = 2 100, and a fragment on an interface counts as its costliest type.
// The translator answers a root field with one Cypher query, so this bounds the rows that one query
// may build; an operation over the limit is refused before any statement is sent.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode, overLimit } from '../errors.js';
import { DEFAULT_PAGE_SIZES, type PageSizes } from '../schema/complexity.js';

export type { PageSizes } from '../schema/complexity.js';

const isEntity = (type: GraphQLNamedType): boolean =>
  type.name === 'Entity' ||
  type.name === 'Node' ||
  ((isObjectType(type) || isInterfaceType(type)) && type.getInterfaces().some((i) => i.name === 'Entity'));

/** Fields without a declared cost: one per entity, plus their selection. */
const entityEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  (isEntity(getNamedType(field.type)) ? 1 : 0) + childComplexity;

/**
 * The most entities `document`'s operation (the one named, or the only one) may return, with its
 * variables coerced as graphql-js will coerce them (defaults included). Throws BAD_USER_INPUT when
 * the variables do not fit their declared types.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown> | null,
  operationName?: string | null,
  pages: PageSizes = DEFAULT_PAGE_SIZES,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      context: { pages },
      estimators: [fieldExtensionsEstimator(), entityEstimator],
      // The count of fields evaluated, fragments expanded: depth and alias limits keep it small.
      maxQueryNodes: 100_000,
    });
  } catch (error) {
    // Variables that do not fit their types: the request's fault, 400 like any refused request.
    if (error instanceof GraphQLError) {
      throw new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
    }
    throw error;
  }
}

// Both the cost limit and admission control (admission-plugin.ts) need an operation's cost; it is
// counted once per request, keyed by the request object both plugins see.
const costs = new WeakMap<object, number>();

/** The cost of the operation a request resolved to, counted on first use and then remembered. */
export function requestCost(
  request: { variables?: Record<string, unknown> | null; operationName?: string | null },
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  pages: PageSizes,
): number {
  let cost = costs.get(request);
  if (cost === undefined) {
    cost = operationCost(schema, document, request.variables, operationName ?? request.operationName, pages);
    costs.set(request, cost);
  }
  return cost;
}

export function costLimitPlugin(maxCost: number, pages: PageSizes): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = requestCost(request, schema, document, operation.name?.value, pages);
          if (cost > maxCost) {
            throw overLimit(
              'maxCost',
              maxCost,
              `Query cost limit of ${maxCost} exceeded, found ${cost}: it may return ${cost} entities (lower \`first\` or \`limit\`, or nest less).`,
            );
          }
        },
      };
    },
  };
}
