// Everything the API server adds to Apollo to be hard to break: limits on the request's shape and
// cost, the access check, and error formatting. Defaults apply when an option is left out, so
// `createServer()` in a test is as strict as the served API with no settings. The server reads no
// environment: NODE_ENV and the limits come from src/config.ts through the options.
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_TX_TIMEOUT_MS } from '../db/neo4j.js';
import type { Context } from '../schema/context.js';
import { accessPlugin } from './auth.js';
import { formatErrorFor } from './error-format.js';
import { DEFAULT_LIMITS, armorFor, type Limits } from './limits.js';
import { DEFAULT_PAGE_SIZES } from '../schema/complexity.js';
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
  /** More plugins (logging, metrics). */
  plugins?: ApolloServerPlugin<Context>[];
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
      ...(options.plugins ?? []),
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
