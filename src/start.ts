// Start-up, in one place: the database (the project's own local Neo4j, or the one NEO4J_URI names),
// the served API built on it (the database guarded against outages and instrumented, one translator,
// the Apollo server with its limits, admission control, access check, logs and metrics, and the HTTP
// app with health, metrics, exports, pages and request ids), and `serve`, which the CLI runs. Tests
// build the API against their own database with `createApi`.
import type { ApolloServer } from '@apollo/server';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { isEmpty, loadFacts } from './data/load.js';
import { backfillMatchNames } from './data/match-names.js';
import { ensureSchema } from './data/store-schema.js';
import { guardAvailability, type Availability } from './db/availability.js';
import { startLocalNeo4j, type LocalNeo4j } from './db/local-neo4j.js';
import { DEFAULT_POOL_SIZE, connect, verifyReachable, type Database } from './db/neo4j.js';
import { wrapDatabase } from './db/wrap.js';
import { Translator } from './graph/translate.js';
import type { Context } from './schema/context.js';
import { createAdmission, type Admission } from './server/admission.js';
import { createVerifier } from './server/auth.js';
import { createApiServer } from './server/create-server.js';
import type { AnsweredBy } from './server/direct/answer.js';
import { mountExports } from './server/exports.js';
import { graphqlHttpHandlers } from './server/graphql-http.js';
import { healthRoutes } from './server/health.js';
import { createHttpApp, listen, type HttpApp, type Listening } from './server/http.js';
import { requestIds, requestLogOf } from './server/logging.js';
import { createMetrics, type Metrics } from './server/metrics.js';
import { createPersistedQueries } from './server/persisted-queries.js';
import { drainHttp } from './server/shutdown.js';
import { CLIENT_MANIFEST, loadTrustedDocuments, type TrustedDocuments } from './server/trusted-documents.js';
import { mountWeb } from './server/web.js';
import { configureLimits } from './graph/limits.js';

export interface Runtime {
  db: Database;
  local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

/** Opens the database: the one NEO4J_URI names, else the project's own local Neo4j, started here. */
export async function openRuntime(config: Config, log: (line: string) => void = console.error): Promise<Runtime> {
  const local = config.neo4j.uri
    ? undefined
    : await startLocalNeo4j({ ...config.local, txTimeoutMs: config.txTimeoutMs, log: (l) => log(`[neo4j] ${l}`) });
  const uri = config.neo4j.uri ?? local!.uri;
  const db = connect({ ...config.neo4j, uri, txTimeoutMs: config.txTimeoutMs });
  try {
    await verifyReachable(db, uri);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  return {
    db,
    local,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}

export interface ApiOptions {
  config: Config;
  db: Database;
  logger: Logger;
  /** More route modules (pages and the like), mounted after health and metrics. */
  routes?: ((app: Express) => void)[];
  /** Told which path answered each operation (tests watch the fast lane with it). */
  onAnswer?: (path: AnsweredBy) => void;
  /** `false`: Apollo answers every text first, the fast lane only texts seen before (tests compare them). */
  learnNewTexts?: boolean;
}

export interface Api {
  app: HttpApp;
  apollo: ApolloServer<Context>;
  db: Database;
  availability: Availability;
  admission: Admission;
  metrics: Metrics;
  trusted: TrustedDocuments;
  /** Fails readiness, lets requests in flight finish, then stops Apollo. The caller closes the database. */
  drain(http: Listening): Promise<void>;
}

export async function createApi({
  config,
  db: raw,
  logger,
  routes = [],
  onAnswer,
  learnNewTexts,
}: ApiOptions): Promise<Api> {
  // The graph's own caps that configuration may change (src/graph/limits.ts).
  configureLimits({ pathLength: config.maxPathLength });
  const trusted = loadTrustedDocuments({
    ...config.trustedDocuments,
    manifests: [CLIENT_MANIFEST, ...config.trustedDocuments.manifests],
  });
  const metrics = createMetrics({
    maxPoolSize: DEFAULT_POOL_SIZE,
    operationNames: trusted.operationNames,
    token: config.metricsToken,
  });
  const guarded = guardAvailability(raw, { probeIntervalMs: 500, probeTimeoutMs: 2_000, suspectAfterMs: 1_000 });
  guarded.availability.onChange = (up) =>
    logger[up ? 'info' : 'error']({ database: up ? 'up' : 'down' }, 'database availability changed');
  metrics.watch(guarded.availability);
  // Opens the probe's own connection now, not in the middle of the first burst of traffic, when a
  // first connection to a cold database can take longer than a probe waits. Only a warm-up: the
  // answer is not recorded, so start-up decides nothing about availability.
  await raw.ping(2_000);
  const db = wrapDatabase(guarded.db, metrics.around);
  const { pageSizes } = config;
  const translator = new Translator(pageSizes);
  const verify = createVerifier(config.auth);
  // Every statement of an operation waits for a slot of the lane its cost chooses (src/server/admission.ts).
  const admission = createAdmission(config.admission);

  const { apollo, lane } = createApiServer({
    cacheMaxAge: config.http.cacheMaxAge,
    limits: config.limits,
    pageSizes,
    txTimeoutMs: config.txTimeoutMs,
    production: config.production,
    development: config.development,
    introspection: config.introspection,
    readsRequireToken: config.auth.readsRequireToken,
    logger,
    metrics,
    admission,
    directExecution: { ...(onAnswer ? { onAnswer } : {}), ...(learnNewTexts === false ? { learnNewTexts } : {}) },
  });
  await apollo.start();

  let draining = false;
  const app = createHttpApp({
    apollo,
    lane,
    bodyLimit: config.limits.bodyLimitBytes,
    corsOrigins: config.http.corsOrigins,
    onRequest: [requestIds(logger), metrics.countResponse],
    routes: [
      metrics.mount,
      healthRoutes({ availability: guarded.availability, draining: () => draining, timeoutMs: 2_000 }),
      mountExports({ db, verify, readsRequireToken: config.auth.readsRequireToken, admission }),
      ...routes,
    ],
    checkRequest: graphqlHttpHandlers({
      trusted,
      persistedQueries: createPersistedQueries({ maxBytes: config.persistedQueriesMaxBytes }),
    }),
    context: async (req) => {
      const auth = await verify(req.headers.authorization);
      return {
        db,
        translator,
        viewer: auth.viewer,
        authError: auth.error,
        auditActorsPublic: config.auditActorsPublic,
        ...requestLogOf(req),
      };
    },
  });

  return {
    app,
    apollo,
    db,
    availability: guarded.availability,
    admission,
    metrics,
    trusted,
    async drain(http) {
      draining = true;
      await drainHttp(http.server, config.shutdownGraceMs);
      await apollo.stop();
      guarded.availability.stop();
    },
  };
}

/**
 * The served API: opens the database (loading the source facts into an empty one), builds the API
 * with its pages and listens on HOST:PORT. `stop` answers requests in flight, then closes the database.
 */
export async function serve(
  config: Config,
  logger: Logger,
  log: (line: string) => void = console.error,
): Promise<{ url: string; stop(): Promise<void> }> {
  const runtime = await openRuntime(config, log);
  if (await isEmpty(runtime.db)) {
    const summary = await loadFacts(runtime.db);
    log(`loaded ${summary.nodes} entities and ${summary.relationships} relationships from the source`);
  } else {
    await ensureSchema(runtime.db); // an index or constraint added since the store was loaded
    const filled = await backfillMatchNames(runtime.db);
    if (filled > 0) log(`gave ${filled} entities the match form of their names`);
  }
  const api = await createApi({ config, db: runtime.db, logger, routes: [mountWeb()] });
  if (api.trusted.enforce) log(`trusted documents: only the ${api.trusted.size} registered operations run`);
  const http = await listen(api.app, config.port, config.host);
  return {
    url: http.url,
    async stop() {
      // Requests in flight are answered before the driver closes (src/server/shutdown.ts).
      await api.drain(http);
      await runtime.close();
    },
  };
}
