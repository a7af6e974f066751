// Every environment variable the API reads, each with its default and its parser (src/env.ts).
// src/config.ts shapes the parsed values into the API's Config; the README's Configuration tables
// list the same variables.
import { z } from 'zod';
import { DEFAULT_TX_TIMEOUT_MS } from './db/neo4j.js';
import { checked, flag, int, list, oneOf, text } from './env.js';
import { DEFAULT_PAGE_SIZES } from './schema/complexity.js';
import { DEFAULT_ADMISSION } from './server/admission.js';
import { DEFAULT_LIMITS } from './server/limits.js';
import { DEFAULT_GRAPH_LIMITS } from './graph/limits.js';
import { DEFAULT_PERSISTED_QUERIES_MB } from './server/persisted-queries.js';

// An exact origin (scheme://host[:port]) only: a typo must not widen or silently disable CORS.
const origin = (item: string) => {
  if (item !== '*' && !/^https?:\/\/[^/\s]+$/.test(item))
    throw new Error(`entries must look like https://example.org (no path) or be *, got "${item}"`);
};

const metricsToken = (token: string) => {
  if (token.length < 16 || !/^[A-Za-z0-9_.~+/=-]+$/.test(token))
    throw new Error('must be at least 16 characters of A-Z a-z 0-9 _ . ~ + / = -');
  return token;
};

// HS256 with a short secret can be brute-forced offline from any one token.
const jwtSecret = (secret: string) => {
  const bytes = new TextEncoder().encode(secret);
  if (bytes.length < 32) throw new Error('must be at least 32 bytes long');
  return bytes;
};

const jwksUrl = (raw: string) => {
  const url = new URL(raw);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new Error('must be https (plain http only on the loopback interface)');
  return url;
};

const L = DEFAULT_LIMITS;
const A = DEFAULT_ADMISSION;
const P = DEFAULT_PAGE_SIZES;

export const VARIABLES = z.object({
  PORT: int(4000, 0), // 0 asks the system for any free port.
  HOST: text('127.0.0.1'),
  NEO4J_URI: text(undefined),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: text(undefined),
  NEO4J_LOCAL_PORT: int(7687),
  NEO4J_LOCAL_DIR: text('.neo4j/data'),
  NEO4J_LOCAL_HEAP_MB: int(512),
  NEO4J_LOCAL_PAGECACHE_MB: int(64),
  // `full` (default) or `c1`: C1 alone starts a little sooner but runs queries up to 3× slower.
  NEO4J_LOCAL_JIT: oneOf(['full', 'c1']),
  NEO4J_TX_TIMEOUT_MS: int(DEFAULT_TX_TIMEOUT_MS),
  MAX_PAGE_SIZE: int(P.maxPageSize),
  GRAPHQL_MAX_PATH_LENGTH: int(DEFAULT_GRAPH_LIMITS.pathLength),
  GRAPHQL_MAX_DEPTH: int(L.maxDepth),
  GRAPHQL_MAX_COST: int(L.maxCost),
  GRAPHQL_MAX_ALIASES: int(L.maxAliases),
  GRAPHQL_MAX_DIRECTIVES: int(L.maxDirectives),
  GRAPHQL_MAX_TOKENS: int(L.maxTokens),
  BODY_LIMIT_BYTES: int(L.bodyLimitBytes),
  ADMISSION_MAX_STATEMENTS: int(A.maxInFlight),
  ADMISSION_MAX_QUEUE: int(A.maxQueue, 0),
  ADMISSION_CHEAP_COST: int(A.cheapCost, 0),
  JWT_SECRET: checked(jwtSecret),
  JWT_JWKS_URL: checked(jwksUrl),
  JWT_JWKS_FILE: text(undefined),
  JWT_ISSUER: text(undefined),
  JWT_AUDIENCE: text(undefined),
  JWT_ROLES_CLAIM: text('roles'),
  JWT_CURATOR_ROLE: text('curator'),
  JWT_CLOCK_TOLERANCE_S: int(5),
  READS_REQUIRE_TOKEN: flag(false),
  NODE_ENV: text(undefined),
  GRAPHQL_INTROSPECTION: flag(undefined),
  LOG_LEVEL: oneOf(['info', 'fatal', 'error', 'warn', 'debug', 'trace', 'silent']),
  SHUTDOWN_GRACE_MS: int(10_000),
  CORS_ORIGINS: list(origin),
  HTTP_CACHE_MAX_AGE: int(0, 0),
  AUDIT_ACTORS: oneOf(['curators', 'public']),
  METRICS_TOKEN: checked(metricsToken),
  TRUSTED_DOCUMENTS: flag(false),
  TRUSTED_DOCUMENTS_MANIFESTS: list(),
  PERSISTED_QUERIES_CACHE_MB: int(DEFAULT_PERSISTED_QUERIES_MB),
  INIT_CWD: text(undefined),
});
