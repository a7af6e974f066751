// Everything the API server adds to Apollo to be hard to break and to watch: limits on the request's
// shape and cost, the access check, admission control, error formatting, logs and metrics. The fast
// lane (direct/lane.ts) does what these plugins do per request by plain calls, for the requests it
// answers: a plugin added here must be added there too, or the lane left off. Defaults apply when an
// option is left out, so `createServer()` in a test is as strict as the served API with no settings.
// The server reads no environment: NODE_ENV and the limits come from src/config.ts through the options.
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_TX_TIMEOUT_MS } from '../db/neo4j.js';
import type { Context } from '../schema/context.js';
import type { Logger } from 'pino';
import type { Admission } from './admission.js';
import { admissionPlugin } from './admission-plugin.js';
import { accessPlugin } from './auth.js';
import { formatErrorFor } from './error-format.js';
import { DEFAULT_LIMITS, armorFor, type Limits } from './limits.js';
import { DEFAULT_PAGE_SIZES } from '../schema/complexity.js';
import { loggingPlugin } from './logging.js';
import type { Metrics } from './metrics.js';
import { costLimitPlugin, type PageSizes } from './query-cost.js';

export interface HardeningOptions {
  limits?: Limits;
  pageSizes?: PageSizes;
  txTimeoutMs?: number;
  /** Hides field suggestions (NODE_ENV=production in the configuration); off when left out. */
  production?: boolean;
  /** Shows internal error messages and stack traces (NODE_ENV=development); off when left out. */
  development?: boolean;
  readsRequireToken?: boolean;
  /** The operation log: one line per operation, server-side errors in full (logging.ts). */
  logger?: Logger;
  /** Operation metrics (metrics.ts). */
  metrics?: Pick<Metrics, 'plugin' | 'operations'>;
  /** Admission control: every operation's statements in the lane its cost chooses (admission.ts). */
  admission?: Admission;
}

type Hardening = Pick<
  ApolloServerOptions<Context>,
  'validationRules' | 'parseOptions' | 'formatError' | 'includeStacktraceInErrorResponses'
> & { plugins: ApolloServerPlugin<Context>[] };

export function hardening(options: HardeningOptions = {}): Hardening {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const production = options.production ?? false;
  const development = options.development ?? false;
  const armor = armorFor(limits, production);
  return {
    plugins: [
      accessPlugin(options.readsRequireToken ?? false),
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      costLimitPlugin(limits.maxCost, options.pageSizes ?? DEFAULT_PAGE_SIZES),
      ...(options.logger ? [loggingPlugin(options.logger)] : []),
      ...(options.metrics ? [options.metrics.plugin] : []),
      ...(options.admission ? [admissionPlugin(options.admission, options.pageSizes ?? DEFAULT_PAGE_SIZES)] : []),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    formatError: formatErrorFor({
      development,
      txTimeoutMs: options.txTimeoutMs ?? DEFAULT_TX_TIMEOUT_MS,
      maxTokens: limits.maxTokens,
    }),
    includeStacktraceInErrorResponses: development,
  };
}
