// Prometheus metrics at /metrics: GraphQL operations and their latency by operation name, errors by
// code, HTTP responses by status, and the Neo4j side (statements in flight, each holding one pooled
// connection, against the pool's size; statement latency; whether the database answers).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Express } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Availability } from '../db/availability.js';
import { whenSettled, type Around } from '../db/wrap.js';
import type { Context } from '../schema/context.js';
import { ErrorCode } from '../errors.js';
import { watchPlugin, type OperationWatch } from './operation-watch.js';

// Operation names come from clients: only the names of registered operations (trusted documents)
// become label values, every other name counts as `other`, so no client can grow the registry or
// fill the label with names of its choosing.

export interface Metrics {
  registry: Registry;
  plugin: ApolloServerPlugin<Context>;
  /** What the plugin counts and times, for operations answered without Apollo's pipeline. */
  operations: OperationWatch;
  /** For wrapDatabase: times every statement and counts those in flight. */
  around: Around;
  watch(availability: Availability): void;
  /** Route module: GET /metrics. */
  mount(app: Express): void;
  /** A hook on every request (HttpOptions.onRequest): counts its response by status. */
  countResponse(req: IncomingMessage, res: ServerResponse): void;
}

export interface MetricsOptions {
  maxPoolSize: number;
  /** Operation names counted under their own label value. */
  operationNames: ReadonlySet<string>;
  /** METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer <token>`. */
  token?: string;
}

export function createMetrics(options: MetricsOptions): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  const operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations answered',
    labelNames: ['operation', 'type'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation',
    labelNames: ['operation', 'type'],
    buckets: seconds,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors returned to clients, by code',
    labelNames: ['code'],
    registers: [registry],
  });
  const responses = new Counter({
    name: 'http_responses_total',
    help: 'HTTP responses, by status code',
    labelNames: ['status'],
    registers: [registry],
  });
  const inUse = new Gauge({
    name: 'neo4j_pool_connections_in_use',
    help: 'Statements in flight, each holding one pooled Neo4j connection',
    registers: [registry],
  });
  const poolSize = new Gauge({
    name: 'neo4j_pool_max_connections',
    help: 'Largest number of connections the driver pool opens',
    registers: [registry],
  });
  const statements = new Histogram({
    name: 'neo4j_statement_duration_seconds',
    help: 'Time of a Neo4j transaction, by access mode',
    labelNames: ['mode', 'outcome'],
    buckets: seconds,
    registers: [registry],
  });
  const available = new Gauge({
    name: 'neo4j_available',
    help: '1 while Neo4j answers, 0 while the API refuses queries for want of it',
    registers: [registry],
  });
  const markedDown = new Counter({
    name: 'neo4j_marked_down_total',
    help: 'Times the API marked Neo4j down (a connection failed, or a probe on its own connection went unanswered)',
    registers: [registry],
  });
  poolSize.set(options.maxPoolSize);
  available.set(1);

  const label = (name: string | null | undefined) =>
    !name ? 'anonymous' : options.operationNames.has(name) ? name : 'other';
  const expected =
    options.token === undefined ? undefined : createHash('sha256').update(`Bearer ${options.token}`).digest();
  /** Compares digests, so the time taken does not tell how much of a guessed token was right. */
  const allowed = (authorization: string | undefined) =>
    expected === undefined ||
    timingSafeEqual(
      createHash('sha256')
        .update(authorization?.replace(/^bearer +/i, 'Bearer ') ?? '')
        .digest(),
      expected,
    );

  const watch: OperationWatch = () => {
    const end = latency.startTimer();
    return ({ operationName, operationType, errors: answered }) => {
      const labels = { operation: label(operationName), type: operationType ?? 'unknown' };
      operations.inc(labels);
      end(labels);
      for (const error of answered ?? [])
        errors.inc({ code: String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR) });
    };
  };

  return {
    registry,
    operations: watch,
    plugin: watchPlugin(watch),
    around(mode, work) {
      inUse.inc();
      const end = statements.startTimer({ mode });
      return whenSettled(work, (failed) => {
        inUse.dec();
        end({ outcome: failed ? 'error' : 'ok' });
      });
    },
    watch(availability) {
      available.set(availability.up ? 1 : 0);
      const previous = availability.onChange;
      availability.onChange = (up) => {
        available.set(up ? 1 : 0);
        if (!up) markedDown.inc();
        previous?.(up);
      };
    },
    countResponse(_req, res) {
      res.on('finish', () => responses.inc({ status: String(res.statusCode) }));
    },
    mount(app) {
      app.get('/metrics', async (req, res) => {
        if (!allowed(req.headers.authorization)) {
          res.status(401).set('www-authenticate', 'Bearer realm="metrics"').type('text/plain').send('Unauthorized\n');
          return;
        }
        res.type(registry.contentType).send(await registry.metrics());
      });
    },
  };
}
