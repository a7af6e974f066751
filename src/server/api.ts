// The served API in one piece: the database guarded against outages and instrumented, the Apollo
// server with its limits, admission control, access check, logs and metrics, and the HTTP app with
// health, metrics, exports and request ids. The CLI serves it; tests build it against their own database.
import type { ApolloServer } from '@apollo/server';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { guardAvailability, type Availability } from '../db/availability.js';
import { DEFAULT_POOL_SIZE, type Database } from '../db/neo4j.js';
import { wrapDatabase } from '../db/wrap.js';
import { Translator } from '../graph/translate.js';
import type { Context } from '../schema/context.js';
import { createAdmission, type Admission } from './admission.js';
import { admissionPlugin } from './admission-plugin.js';
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
  admission: Admission;
  metrics: Metrics;
  trusted: TrustedDocuments;
  /** Fails readiness, lets requests in flight finish, then stops Apollo. The caller closes the database. */
  drain(http: Listening): Promise<void>;
}

export async function createApi({ config, db: raw, logger, routes = [] }: ApiOptions): Promise<Api> {
  const trusted = loadTrustedDocuments({ ...config.trustedDocuments, manifests: [CLIENT_MANIFEST, ...config.trustedDocuments.manifests] });
  const metrics = createMetrics({ maxPoolSize: DEFAULT_POOL_SIZE, operationNames: trusted.operationNames, token: config.metricsToken });
  const guarded = guardAvailability(raw, { probeIntervalMs: 500, probeTimeoutMs: 2_000, suspectAfterMs: 1_000 });
  guarded.availability.onChange = (up) => logger[up ? 'info' : 'error']({ database: up ? 'up' : 'down' }, 'database availability changed');
  metrics.watch(guarded.availability);
  // Opens the probe's own connection now, not in the middle of the first burst of traffic, when a
  // first connection to a cold database can take longer than a probe waits. Only a warm-up: the
  // answer is not recorded, so start-up decides nothing about availability.
  await raw.ping(2_000);
  const db = wrapDatabase(guarded.db, metrics.around);
  const pageSizes = { maxPageSize: config.maxPageSize, defaultPageSize: Math.min(20, config.maxPageSize) };
  const translator = new Translator(pageSizes);
  const verify = createVerifier(config.auth);
  // Every statement of an operation waits for a slot of the lane its cost chooses (admission.ts).
  const admission = createAdmission(config.admission);

  const apollo = createServer({
    cacheMaxAge: config.http.cacheMaxAge,
    limits: config.limits,
    pageSizes,
    txTimeoutMs: config.txTimeoutMs,
    production: config.production,
    development: config.development,
    introspection: config.introspection,
    readsRequireToken: config.auth.readsRequireToken,
    plugins: [loggingPlugin(logger), metrics.plugin, admissionPlugin(admission, pageSizes)],
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
