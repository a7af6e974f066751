// The served API in one piece: the database guarded against outages and instrumented, the Apollo
// server with its limits, access check, logs and metrics, and the HTTP app with health, metrics,
// exports and request ids. The CLI serves it; tests build it against their own database.
import type { ApolloServer } from '@apollo/server';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { guardAvailability, type Availability } from '../db/availability.js';
import type { Database } from '../db/neo4j.js';
import { wrapDatabase } from '../db/wrap.js';
import { Translator } from '../graph/translate.js';
import type { Context } from '../schema/context.js';
import { createVerifier } from './auth.js';
import { createServer } from './create-server.js';
import { mountExports } from './exports.js';
import { graphqlHttpHandlers } from './graphql-http.js';
import { healthRoutes } from './health.js';
import { createHttpApp, type Listening } from './http.js';
import { loggingPlugin, requestIds, requestLogOf } from './logging.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createPersistedQueries } from './persisted-queries.js';
import { drainHttp } from './shutdown.js';
import { CLIENT_MANIFEST, loadTrustedDocuments, type TrustedDocuments } from './trusted-documents.js';

export interface ApiOptions {
  config: Config;
  db: Database;
  logger: Logger;
  /** More route modules (pages and the like), mounted after health and metrics. */
  routes?: ((app: Express) => void)[];
}

export interface Api {
  app: Express;
  apollo: ApolloServer<Context>;
  db: Database;
  availability: Availability;
  metrics: Metrics;
  trusted: TrustedDocuments;
  /** Fails readiness, lets requests in flight finish, then stops Apollo. The caller closes the database. */
  drain(http: Listening): Promise<void>;
}

export async function createApi({ config, db: raw, logger, routes = [] }: ApiOptions): Promise<Api> {
  const trusted = loadTrustedDocuments({ ...config.trustedDocuments, manifests: [CLIENT_MANIFEST, ...config.trustedDocuments.manifests] });
  const metrics = createMetrics({ maxPoolSize: 100, operationNames: trusted.operationNames, token: config.metricsToken });
  const guarded = guardAvailability(raw, { probeIntervalMs: 500, probeTimeoutMs: 2_000, suspectAfterMs: 1_000 });
  guarded.availability.onChange = (up) => logger[up ? 'info' : 'error']({ database: up ? 'up' : 'down' }, 'database availability changed');
  metrics.watch(guarded.availability);
  const db = wrapDatabase(guarded.db, metrics.around);
  const pageSizes = { maxPageSize: config.maxPageSize, defaultPageSize: Math.min(20, config.maxPageSize) };
  const translator = new Translator(pageSizes);
  const verify = createVerifier(config.auth);

  const apollo = createServer({
    cacheMaxAge: config.http.cacheMaxAge,
    limits: config.limits,
    pageSizes,
    txTimeoutMs: config.txTimeoutMs,
    production: config.production,
    development: config.development,
    introspection: config.introspection,
    readsRequireToken: config.auth.readsRequireToken,
    plugins: [loggingPlugin(logger), metrics.plugin],
  });
  await apollo.start();

  let draining = false;
  const app = createHttpApp({
    apollo,
    bodyLimit: config.limits.bodyLimitBytes,
    routes: [
      requestIds(logger),
      metrics.mount,
      healthRoutes({ availability: guarded.availability, draining: () => draining, timeoutMs: 2_000 }),
      mountExports({ db, verify, readsRequireToken: config.auth.readsRequireToken }),
      ...routes,
    ],
    graphqlMiddleware: graphqlHttpHandlers({ trusted, persistedQueries: createPersistedQueries({ maxBytes: config.persistedQueriesMaxBytes }) }),
    context: async (req) => {
      const auth = await verify(req.get('authorization'));
      return { db, translator, viewer: auth.viewer, authError: auth.error, auditActorsPublic: config.auditActorsPublic, ...requestLogOf(req) };
    },
  });

  return {
    app,
    apollo,
    db,
    availability: guarded.availability,
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
