// The API as a function of its dependencies, apart from the process that listens: tests run
// operations against it with `executeOperation`, and the CLI serves it over HTTP.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildAppSchema } from '../schema/build-schema.js';
import type { Context } from '../schema/context.js';
import { DEFAULT_PAGE_SIZES } from '../schema/complexity.js';
import { createFastLane, NO_STORE, type FastLane } from './direct/lane.js';
import { documentStore } from './document-store.js';
import { learner, type Learn } from './direct/learn.js';
import { directExecutionPlugin, type DirectExecutionOptions } from './direct/plugin.js';
import { hardening, type HardeningOptions } from './hardening.js';
import { DEFAULT_LIMITS } from './limits.js';
import { operationLog } from './logging.js';
import { httpStatusPlugin } from './status-plugin.js';

export interface ServerOptions extends HardeningOptions {
  /**
   * Seconds a successful query result may be cached (`cache-control: max-age, public`, or `private`
   * for a signed-in reader and whenever reads require a token); 0 sends no-store.
   */
  cacheMaxAge?: number;
  /**
   * Answers below the root shaped without per-field execution (src/server/direct/), when answers
   * carry no cache hints; on unless `false`. Its options let a test see which path answered.
   */
  directExecution?: false | DirectExecutionOptions;
  /** Schema introspection; Apollo's default (on unless NODE_ENV=production) when left out. */
  introspection?: boolean;
}

/**
 * An answer given to a signed-in reader may hold what only that reader may see (an audit record's
 * actor, for a curator), and with READS_REQUIRE_TOKEN every answer is for token holders only: such
 * answers may be cached by the reader's own client, never by a shared cache (`private`).
 */
function privateAnswers(readsRequireToken: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        // Before the cache-control plugin (listed after this one) turns the policy into a header. Not
        // earlier: a policy already restricted when execution starts makes that plugin skip its hints.
        async willSendResponse({ contextValue, overallCachePolicy }) {
          if (readsRequireToken || contextValue.viewer) overallCachePolicy.restrict({ scope: 'PRIVATE' });
        },
      };
    },
  };
}

/**
 * The cache-control header of every answer, and how answers are executed. With a max-age, Apollo's
 * cache-control plugin works the header out from the hints of each field resolved (private for a
 * signed-in reader), so every field is executed. With none (0, the default), no answer may be kept
 * whatever its fields, and the header is `no-store` on every answer, as that plugin would send it;
 * the plugin is then left out: it hooks every field of every answer, which cost a nested query or a
 * page of 20 about a fifth of the API's own CPU per request (`npm run bench:fixed-cost`). Without
 * per-field hints, answers below the root need no per-field execution either (src/server/direct/).
 * The API sets no field hints of its own.
 */
function cachingAndExecution(
  maxAge: number,
  readsRequireToken: boolean,
  direct: false | DirectExecutionOptions,
  lane: FastLane | undefined,
): ApolloServerPlugin<Context>[] {
  if (maxAge > 0) return [privateAnswers(readsRequireToken), ApolloServerPluginCacheControl({ defaultMaxAge: maxAge })];
  return [
    ApolloServerPluginCacheControlDisabled(),
    ...(direct ? [directExecutionPlugin(direct, lane)] : []),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', NO_STORE);
          },
        };
      },
    },
  ];
}

/**
 * The fast lane for the operations direct execution answers (direct/lane.ts), doing per request
 * what this server's plugins do; none when answers may be cached or direct execution is off.
 */
function fastLaneFor(options: ServerOptions, learn: Learn): FastLane | undefined {
  const direct = options.directExecution ?? {};
  if ((options.cacheMaxAge ?? 0) > 0 || !direct) return undefined;
  return createFastLane({
    ...(direct.learnNewTexts === false ? {} : { learn }),
    readsRequireToken: options.readsRequireToken ?? false,
    maxCost: (options.limits ?? DEFAULT_LIMITS).maxCost,
    pages: options.pageSizes ?? DEFAULT_PAGE_SIZES,
    admission: options.admission,
    watches: [
      ...(options.logger ? [operationLog(options.logger)] : []),
      ...(options.metrics ? [options.metrics.operations] : []),
    ],
    onAnswer: direct.onAnswer,
  });
}

/** The Apollo server, and the fast lane in front of it that the HTTP endpoint is to use. */
export function createApiServer(options: ServerOptions = {}): { apollo: ApolloServer<Context>; lane?: FastLane } {
  const { plugins, ...guards } = hardening(options);
  const schema = buildAppSchema();
  const lane = fastLaneFor(options, learner(schema, guards.validationRules ?? [], guards.parseOptions ?? {}));
  const apollo = new ApolloServer<Context>({
    schema,
    // Apollo's default landing page loads from a CDN, which shows nothing offline.
    // The explorer and graph view are served by src/server/web.ts instead.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...cachingAndExecution(
        options.cacheMaxAge ?? 0,
        options.readsRequireToken ?? false,
        options.directExecution ?? {},
        lane,
      ),
      httpStatusPlugin<Context>(),
      ...plugins,
    ],
    // The CLI owns SIGINT/SIGTERM (drain HTTP, then Apollo, then Neo4j). Apollo's own handlers would
    // stop it first and re-send the signal, which the CLI ignores while stopping: shutdown hung.
    stopOnTerminationSignals: false,
    // Automatic persisted queries are resolved before Apollo, with trusted documents, by
    // graphql-http.ts (one place for every hash, one set of error codes); Apollo's own is off.
    persistedQueries: false,
    // Parsed and validated texts, weighed without serializing each new one (document-store.ts).
    documentStore: documentStore(),
    ...(options.introspection === undefined ? {} : { introspection: options.introspection }),
    ...guards,
  });
  return lane ? { apollo, lane } : { apollo };
}

/** The Apollo server alone, for running operations with `executeOperation`. */
export function createServer(options: ServerOptions = {}): ApolloServer<Context> {
  return createApiServer(options).apollo;
}
