// The fast lane: a POSTed query is answered here, in front of Apollo, without its request pipeline:
// no hash of the text, no document store, no plugin hooks and their promises. A text and operation
// name Apollo has answered directly (plugin.ts) is remembered with its plan; a text not seen before
// is parsed, validated and planned here with Apollo's own rules (learn.ts) and remembered the same
// way. What Apollo's hooks do for such a request is done here by plain calls to the same functions:
// the access check, the cost limit (per text and shape of variables, query-cost.ts), admission, the
// operation's log line and metrics, and the no-store header. Anything else goes to Apollo,
// untouched: another method, a body Apollo would refuse or read otherwise, an Accept header it would
// answer with another type, a text that does not parse or validate or that only execution answers
// (a mutation, introspection), and any request that one of those checks refuses (Apollo then
// refuses it with its usual error). An answer that would carry an error is handed to Apollo too,
// with the database answers already fetched (answer.ts), so no statement runs twice.
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { getVariableValues, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import type { Context } from '../../schema/context.js';
import type { Admission } from '../admission.js';
import { admitOperation } from '../admission-plugin.js';
import { accessRefusal } from '../auth.js';
import { GRAPHQL_RESPONSE_JSON, JSON_TYPE } from '../media-types.js';
import type { OperationWatch } from '../operation-watch.js';
import { costRefusal, operationCost, requestCost, type PageSizes } from '../query-cost.js';
import { answerOperation, planFailed, replaying, type AnsweredBy, type Plan, type Read } from './answer.js';
import type { Learn } from './learn.js';
import { DOCUMENT_STORE_BYTES, documentWeight } from '../document-store.js';

/** The cache-control header of every answer when answers may not be cached (HTTP_CACHE_MAX_AGE=0). */
export const NO_STORE = 'no-store';

/** An operation Apollo validated and answered directly, with its plan. */
export interface Remembered {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  plan: Plan;
}

export interface FastLaneOptions {
  readsRequireToken: boolean;
  maxCost: number;
  pages: PageSizes;
  /** Admission control, when the server has it (admission-plugin.ts). */
  admission?: Admission;
  /** What watches every operation: its log line and metrics. */
  watches: OperationWatch[];
  onAnswer?: (path: AnsweredBy) => void;
  /** Parses, validates and plans a text not answered before, as Apollo would (learn.ts). */
  learn?: Learn;
}

/** Either the answer, or the context Apollo is to run the request with. */
export type LaneOutcome = { response: HTTPGraphQLResponse } | { context: () => Promise<Context> };

export interface FastLane {
  /** Offers an operation Apollo answered directly: its text and name are answered here from now on. */
  remember(query: string, operationName: string | undefined, operation: Remembered): void;
  /** Whether this context was handed over after the lane tried its answer (the plugin does not retry). */
  handedOver(context: Context): boolean;
  answer(request: HTTPGraphQLRequest, context: () => Promise<Context>): Promise<LaneOutcome>;
}

// Control characters below U+0020 (tab and line ends aside) are refused by GraphQL's lexer, so no
// valid text holds the separator: the name and the text cannot run into each other.
const keyOf = (query: string, operationName: string | undefined): string =>
  operationName === undefined ? `\u0001${query}` : `${operationName}\u0002${query}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const JSON_BODY = /^application\/json[ \t]*(;|$)/i;
/** Apollo's three candidates, in its order (chooseContentTypeForSingleResultResponse). */
const OFFERED = [JSON_TYPE, GRAPHQL_RESPONSE_JSON, 'application/json; callbackSpec=1.0'];

/** A set of texts (with their operation names), the least recently used let go beyond its bound. */
const textSet = () =>
  new LRUCache<string, true>({ max: 1_000, maxSize: 4_000_000, sizeCalculation: (_, key) => key.length });

export function createFastLane(options: FastLaneOptions): FastLane {
  const { admission, watches } = options;
  // Weighed as Apollo's store weighs its documents (document-store.ts), with the text kept as the key.
  const remembered = new LRUCache<string, Remembered>({
    max: 1_000,
    maxSize: DOCUMENT_STORE_BYTES,
    sizeCalculation: (operation, key) => key.length + documentWeight(operation.document),
  });
  // Texts learnt once and let go. What is learnt is kept only when its text comes a second time: a
  // text sent once (a client that makes a new text per request) then leaves nothing behind that
  // outlives its request. Kept, a document, its plan and their entries in the caches keyed by them
  // (query-cost.ts, resolve-tree.ts) live on in the old generation, which a flow of new texts filled
  // with garbage for full collections: a never-seen lookup cost 10% more of the API's CPU that way
  // (`npm run bench:fixed-cost -- --cases lookupFresh`). A repeated text is parsed once more.
  const seen = textSet();
  // Texts the lane could not learn, which Apollo then parsed and answered (a mutation, a text with
  // an error): not parsed here again while they are remembered.
  const declined = textSet();
  const handed = new WeakSet<Context>();
  // The response type for each Accept header seen; a few headers in practice, so kept small.
  const types = new LRUCache<string, string | false>({ max: 64 });
  const typeFor = (accept: string | undefined): string | undefined => {
    if (!accept) return JSON_TYPE;
    let type = types.get(accept);
    if (type === undefined) {
      const chosen = new Negotiator({ headers: { accept } }).mediaType(OFFERED);
      type = chosen === JSON_TYPE || chosen === GRAPHQL_RESPONSE_JSON ? chosen : false;
      types.set(accept, type);
    }
    return type || undefined;
  };

  return {
    remember(query, operationName, operation) {
      remembered.set(keyOf(query, operationName), operation);
    },
    handedOver: (context) => handed.has(context),

    async answer(request, context) {
      const apollo = { context };
      const body = request.body;
      if (request.method !== 'POST' || !isRecord(body) || typeof body.query !== 'string') return apollo;
      if (!JSON_BODY.test(request.headers.get('content-type') ?? '')) return apollo;
      const { operationName, variables, extensions } = body;
      if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return apollo;
      if (variables !== undefined && variables !== null && !isRecord(variables)) return apollo;
      if (extensions !== undefined && extensions !== null && (!isRecord(extensions) || extensions.persistedQuery))
        return apollo;
      const key = keyOf(body.query, operationName ?? undefined);
      const type = typeFor(request.headers.get('accept'));
      let found = remembered.get(key);
      let once = false;
      if (!type || (!found && (!options.learn || declined.has(key)))) return apollo;

      let ctx: Context;
      try {
        ctx = await context();
      } catch {
        return apollo; // Apollo makes it again, and answers the failure as it does.
      }
      const handOver = { context: () => Promise.resolve(ctx) };
      if (!found) {
        // Only queries are learnt, and a reader refused a query here would be refused by Apollo,
        // which then parses the text alone. A text not learnt is parsed again by Apollo, once.
        if (accessRefusal(ctx, 'query', options.readsRequireToken)) return handOver;
        const again = seen.has(key);
        found = options.learn?.(body.query, operationName ?? undefined, again);
        if (!found) {
          declined.set(key, true);
          return handOver;
        }
        if (again) {
          remembered.set(key, found);
          seen.delete(key);
        } else {
          seen.set(key, true);
          once = true;
        }
      }
      const { schema, document, operation, plan } = found;
      if (accessRefusal(ctx, operation.operation, options.readsRequireToken)) return handOver;
      const given = variables ?? {};
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], given);
      if (coerced.errors) return handOver;
      let cost: number;
      try {
        cost = once
          ? operationCost(schema, document, given, operation.name?.value, options.pages)
          : requestCost({ variables: given }, schema, document, operation, options.pages);
      } catch {
        return handOver;
      }
      if (costRefusal(cost, options.maxCost)) return handOver;
      const own: Context = { ...ctx };
      const ticket = admission && admitOperation(admission, cost, operation.selectionSet.selections.length, own);
      if (admission && !ticket) return handOver;

      const done = watches.map((watch) => watch(own));
      const reads: Read[] = [];
      let data: Record<string, unknown>;
      try {
        data = await answerOperation({ schema, plan, operation, variables: coerced.coerced, context: own }, reads);
      } catch (error) {
        if (planFailed(error, own.log)) {
          // Never to be answered here: Apollo's plugin finds the same and leaves it to execution.
          remembered.delete(key);
          declined.set(key, true);
        }
        const next: Context = { ...ctx, db: replaying(ctx.db, reads) };
        handed.add(next);
        return { context: () => Promise.resolve(next) };
      } finally {
        if (ticket) admission?.release(ticket);
      }
      for (const end of done) end({ operationName: operation.name?.value ?? null, operationType: operation.operation });
      options.onAnswer?.('lane');
      return {
        response: {
          status: undefined,
          headers: new HeaderMap([
            ['cache-control', NO_STORE],
            ['content-type', type],
          ]),
          body: { kind: 'complete', string: `${JSON.stringify({ data })}\n` },
        },
      };
    },
  };
}
