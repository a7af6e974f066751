// Configuration: the one module that reads environment variables. Every variable is declared in
// src/variables.ts, parsed by zod schemas (one boolean parser for every switch), and a value that
// does not parse stops start-up with an error naming it. Neo4j's own variable names are used
// so that a user who already runs Neo4j elsewhere points the API at it without learning new names.
import { DEFAULT_POOL_SIZE } from './db/neo4j.js';
import { parseEnv } from './env.js';
import { DEFAULT_PAGE_SIZES, type PageSizes } from './schema/complexity.js';
import { DEFAULT_ADMISSION, type AdmissionOptions } from './server/admission.js';
import type { AuthConfig } from './server/auth.js';
import type { Limits } from './server/limits.js';
import { VARIABLES } from './variables.js';

export interface Config {
  port: number;
  /** Interface to listen on. */
  host: string;
  neo4j: {
    /** Unset: the project starts its own local Neo4j (see src/db/local-neo4j.ts). */
    uri: string | undefined;
    username: string;
    password: string;
    database: string | undefined;
  };
  local: {
    port: number;
    dir: string;
    heapMb: number;
    pageCacheMb: number;
    /** The JVM's optimising compiler: on for the served API (steady-state speed), see README. */
    fullJit: boolean;
  };
  /** Longest a single Cypher transaction may run before Neo4j is asked to stop it. */
  txTimeoutMs: number;
  maxPageSize: number;
  /** The page size of a list left without `first`, and the cap on `first`. */
  pageSizes: PageSizes;
  /** Relationships on a path of `paths` (GRAPHQL_MAX_PATH_LENGTH), handed to the graph's limits. */
  maxPathLength: number;
  /** Query shape and size limits (src/server/limits.ts). */
  limits: Limits;
  /** Statements in flight, wait queues and lanes (src/server/admission.ts). */
  admission: AdmissionOptions;
  /** Bearer tokens and who may read and write (src/server/auth.ts). */
  auth: AuthConfig;
  /** NODE_ENV=production: no field suggestions; trusted documents and introspection default off. */
  production: boolean;
  /** NODE_ENV=development: internal error messages and stack traces in responses (never otherwise). */
  development: boolean;
  /** GRAPHQL_INTROSPECTION: schema introspection (the explorer's docs need it); on unless production. */
  introspection: boolean;
  logLevel: string;
  /** How long SIGTERM waits for requests in flight before closing their connections. */
  shutdownGraceMs: number;
  http: {
    /** Origins allowed to call /graphql from a browser (CORS); empty: same origin only. */
    corsOrigins: string[];
    /** Seconds a GET query result may be cached by browsers and proxies; 0: no-store. */
    cacheMaxAge: number;
  };
  /** AUDIT_ACTORS=public: audit records show curators' token subjects to every reader. */
  auditActorsPublic: boolean;
  /** METRICS_TOKEN: a bearer token GET /metrics requires; unset, /metrics is open. */
  metricsToken: string | undefined;
  trustedDocuments: {
    /** Production mode: run only registered operations. */
    enforce: boolean;
    /** Further manifests (an embedding app's) besides the project's own client's. */
    manifests: string[];
  };
  /** Largest total size of the query texts remembered for automatic persisted queries. */
  persistedQueriesMaxBytes: number;
  /** The folder relative paths on the command line are taken from (npm's INIT_CWD, else the current one). */
  callerDir: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const v = parseEnv(VARIABLES, env);
  // Every statement in flight holds a pooled connection; more than the pool would wait in the driver.
  if (v.ADMISSION_MAX_STATEMENTS > DEFAULT_POOL_SIZE) {
    throw new Error(
      `ADMISSION_MAX_STATEMENTS must be at most the driver's pool size (${DEFAULT_POOL_SIZE}), got ${v.ADMISSION_MAX_STATEMENTS}`,
    );
  }
  const production = v.NODE_ENV === 'production';
  return {
    port: v.PORT,
    host: v.HOST,
    neo4j: { uri: v.NEO4J_URI, username: v.NEO4J_USERNAME, password: v.NEO4J_PASSWORD, database: v.NEO4J_DATABASE },
    local: {
      port: v.NEO4J_LOCAL_PORT,
      dir: v.NEO4J_LOCAL_DIR,
      heapMb: v.NEO4J_LOCAL_HEAP_MB,
      pageCacheMb: v.NEO4J_LOCAL_PAGECACHE_MB,
      fullJit: v.NEO4J_LOCAL_JIT === 'full',
    },
    txTimeoutMs: v.NEO4J_TX_TIMEOUT_MS,
    maxPageSize: v.MAX_PAGE_SIZE,
    pageSizes: {
      maxPageSize: v.MAX_PAGE_SIZE,
      defaultPageSize: Math.min(DEFAULT_PAGE_SIZES.defaultPageSize, v.MAX_PAGE_SIZE),
    },
    maxPathLength: v.GRAPHQL_MAX_PATH_LENGTH,
    limits: {
      maxDepth: v.GRAPHQL_MAX_DEPTH,
      maxCost: v.GRAPHQL_MAX_COST,
      maxAliases: v.GRAPHQL_MAX_ALIASES,
      maxDirectives: v.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: v.GRAPHQL_MAX_TOKENS,
      bodyLimitBytes: v.BODY_LIMIT_BYTES,
    },
    admission: {
      maxInFlight: v.ADMISSION_MAX_STATEMENTS,
      maxQueue: v.ADMISSION_MAX_QUEUE,
      cheapCost: v.ADMISSION_CHEAP_COST,
      retryAfterSeconds: DEFAULT_ADMISSION.retryAfterSeconds,
    },
    auth: {
      secret: v.JWT_SECRET,
      jwks: v.JWT_JWKS_URL ? { url: v.JWT_JWKS_URL } : v.JWT_JWKS_FILE ? { file: v.JWT_JWKS_FILE } : undefined,
      issuer: v.JWT_ISSUER,
      audience: v.JWT_AUDIENCE,
      rolesClaim: v.JWT_ROLES_CLAIM,
      curatorRole: v.JWT_CURATOR_ROLE,
      readsRequireToken: v.READS_REQUIRE_TOKEN,
      clockToleranceSeconds: v.JWT_CLOCK_TOLERANCE_S,
    },
    production,
    development: v.NODE_ENV === 'development',
    introspection: v.GRAPHQL_INTROSPECTION ?? !production,
    logLevel: v.LOG_LEVEL,
    shutdownGraceMs: v.SHUTDOWN_GRACE_MS,
    http: { corsOrigins: v.CORS_ORIGINS, cacheMaxAge: v.HTTP_CACHE_MAX_AGE },
    auditActorsPublic: v.AUDIT_ACTORS === 'public',
    metricsToken: v.METRICS_TOKEN,
    trustedDocuments: { enforce: v.TRUSTED_DOCUMENTS, manifests: v.TRUSTED_DOCUMENTS_MANIFESTS },
    persistedQueriesMaxBytes: v.PERSISTED_QUERIES_CACHE_MB * 1024 * 1024,
    callerDir: v.INIT_CWD ?? process.cwd(),
  };
}
