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
  getEnterLeaveForKind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  TypeInfo,
  ValidationContext,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { createComplexityRule, fieldExtensionsEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode, overLimit } from '../errors.js';
import { DEFAULT_PAGE_SIZES, type PageSizes } from '../schema/complexity.js';
import { variableShape } from './variable-shape.js';

export type { PageSizes } from '../schema/complexity.js';

const isEntity = (type: GraphQLNamedType): boolean =>
  type.name === 'Entity' ||
  type.name === 'Node' ||
  ((isObjectType(type) || isInterfaceType(type)) && type.getInterfaces().some((i) => i.name === 'Entity'));

/** Fields without a declared cost: one per entity, plus their selection. */
const entityEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  (isEntity(getNamedType(field.type)) ? 1 : 0) + childComplexity;

const ESTIMATORS = [fieldExtensionsEstimator(), entityEstimator];

/**
 * What graphql-query-complexity's getComplexity counts, without its walk of the whole document.
 * That walk keeps graphql's TypeInfo up to date at every node and calls the counter at each
 * operation, which then counts on its own, reaching fragments by name. So the counter is called on
 * each operation here, as the walk would call it. For a new text of the benchmark's lookup this took
 * the count from 17.6 to 9.6 µs and from 19 to 9 KiB allocated; for its nested read, from 34 to
 * 23 µs and from 44 to 21 KiB. Operations are summed when none is named, and its errors are thrown,
 * as getComplexity does (tests/unit/query-cost.test.ts holds the two side by side).
 */
function countCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  pages: PageSizes,
): number {
  const errors: GraphQLError[] = [];
  const context = new ValidationContext(schema, document, new TypeInfo(schema), (error) => errors.push(error));
  let cost = 0;
  const counter = createComplexityRule({
    maximumComplexity: Number.POSITIVE_INFINITY,
    estimators: ESTIMATORS,
    variables,
    operationName,
    context: { pages },
    // The count of fields evaluated, fragments expanded: depth and alias limits keep it small.
    maxQueryNodes: 100_000,
    onComplete: (complexity) => {
      cost = complexity;
    },
  })(context);
  const { enter, leave } = getEnterLeaveForKind(counter, Kind.OPERATION_DEFINITION);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    enter?.call(counter, definition, undefined, undefined, [], []);
    leave?.call(counter, definition, undefined, undefined, [], []);
  }
  if (errors.length > 0) throw errors.pop();
  return cost;
}

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
    return countCost(schema, document, variables ?? {}, operationName ?? undefined, pages);
  } catch (error) {
    // Variables that do not fit their types: the request's fault, 400 like any refused request.
    if (error instanceof GraphQLError) {
      throw new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
    }
    throw error;
  }
}

// Both the cost limit and admission control (admission-plugin.ts) need an operation's cost; it is
// counted once per request, kept on the request object both plugins see, and remembered per
// document (Apollo hands every request with the same text the same parsed document) and shape of
// variables (variable-shape.ts), at most SHAPES_PER_DOCUMENT shapes each, the oldest shape making
// way for a new one. A plain Map, not an LRU cache: most documents have one shape, and an LRU cache
// allocates its arrays up front, which cost more than the rest of a new document's cost count. A
// request whose variables do not fit their types is never remembered: it throws before anything
// is stored.
//
// The request's cost is a property of its own, not an entry of a WeakMap keyed by the request: V8's
// young-generation collector keeps every entry of a long-lived WeakMap alive, key and value, so each
// request's objects would be copied into the old generation and stay there until a full collection.
const COST = Symbol('operation cost');
type Costed = { [COST]?: number };
const SHAPES_PER_DOCUMENT = 64;
const byDocument = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

function shapesOf(schema: GraphQLSchema, document: DocumentNode): Map<string, number> {
  let documents = byDocument.get(schema);
  if (!documents) byDocument.set(schema, (documents = new WeakMap()));
  let shapes = documents.get(document);
  if (!shapes) documents.set(document, (shapes = new Map()));
  return shapes;
}

/** The cost of the operation a request resolved to, counted on first use and then remembered. */
export function requestCost(
  request: { variables?: Record<string, unknown> | null },
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  pages: PageSizes,
): number {
  let cost = (request as Costed)[COST];
  if (cost !== undefined) return cost;
  const shapes = shapesOf(schema, document);
  const key = `${pages.defaultPageSize},${pages.maxPageSize}\n${variableShape(operation, request.variables)}`;
  cost = shapes.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, request.variables, operation.name?.value, pages);
    if (shapes.size >= SHAPES_PER_DOCUMENT) shapes.delete(shapes.keys().next().value!);
    shapes.set(key, cost);
  }
  (request as Costed)[COST] = cost;
  return cost;
}

/** The refusal of an operation that may return more than `maxCost` entities, if it may. */
export function costRefusal(cost: number, maxCost: number): GraphQLError | undefined {
  if (cost <= maxCost) return undefined;
  return overLimit(
    'maxCost',
    maxCost,
    `Query cost limit of ${maxCost} exceeded, found ${cost}: it may return ${cost} entities (lower \`first\` or \`limit\`, or nest less).`,
  );
}

export function costLimitPlugin(maxCost: number, pages: PageSizes): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const refused = costRefusal(requestCost(request, schema, document, operation, pages), maxCost);
          if (refused) throw refused;
        },
      };
    },
  };
}
