// Configuration from the environment, read once. Neo4j's own variable names are used so that a
// user who already runs Neo4j elsewhere points the API at it without learning new names.

import { intFrom } from './env.js';
import { DEFAULT_POOL_SIZE } from './db/neo4j.js';
import { loadAdmission, type AdmissionOptions } from './server/admission.js';
import { loadAuthConfig, type AuthConfig } from './server/auth.js';
import { loadLimits, type Limits } from './server/limits.js';

export interface Config {
  port: number;
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
}

function flagFrom(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'false' || raw === '0' || raw === 'off') return false;
  if (raw === 'true' || raw === '1' || raw === 'on') return true;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

function listFrom(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

function originsFrom(env: NodeJS.ProcessEnv): string[] {
  const origins = listFrom(env, 'CORS_ORIGINS');
  for (const origin of origins) {
    // An exact origin (scheme://host[:port]) only: a typo must not widen or silently disable CORS.
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(`CORS_ORIGINS entries must look like https://example.org (no path) or be *, got "${origin}"`);
    }
  }
  return origins;
}

function auditActorsFrom(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'curators') return false;
  if (raw === 'public') return true;
  throw new Error(`AUDIT_ACTORS must be "curators" or "public", got "${raw}"`);
}

function metricsTokenFrom(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.METRICS_TOKEN;
  if (token === undefined || token === '') return undefined;
  if (token.length < 16 || !/^[A-Za-z0-9_.~+/=-]+$/.test(token)) {
    throw new Error('METRICS_TOKEN must be at least 16 characters of A-Z a-z 0-9 _ . ~ + / = -');
  }
  return token;
}

/** `full` (default) or `c1`: C1 alone starts a little sooner but runs queries up to 3× slower. */
function jitFrom(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'full') return true;
  if (raw === 'c1') return false;
  throw new Error(`NEO4J_LOCAL_JIT must be "full" or "c1", got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    // 0 asks the system for any free port.
    port: intFrom(env, 'PORT', 4000, 0),
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    },
    local: {
      port: intFrom(env, 'NEO4J_LOCAL_PORT', 7687),
      dir: env.NEO4J_LOCAL_DIR || '.neo4j/data',
      heapMb: intFrom(env, 'NEO4J_LOCAL_HEAP_MB', 512),
      pageCacheMb: intFrom(env, 'NEO4J_LOCAL_PAGECACHE_MB', 64),
      fullJit: jitFrom(env.NEO4J_LOCAL_JIT),
    },
    txTimeoutMs: intFrom(env, 'NEO4J_TX_TIMEOUT_MS', 10_000),
    maxPageSize: intFrom(env, 'MAX_PAGE_SIZE', 100),
    limits: loadLimits(env),
    admission: loadAdmission(env, DEFAULT_POOL_SIZE),
    auth: loadAuthConfig(env),
    production: env.NODE_ENV === 'production',
    development: env.NODE_ENV === 'development',
    introspection: env.GRAPHQL_INTROSPECTION ? flagFrom(env, 'GRAPHQL_INTROSPECTION') : env.NODE_ENV !== 'production',
    logLevel: env.LOG_LEVEL || 'info',
    shutdownGraceMs: intFrom(env, 'SHUTDOWN_GRACE_MS', 10_000),
    http: {
      corsOrigins: originsFrom(env),
      cacheMaxAge: env.HTTP_CACHE_MAX_AGE === '0' ? 0 : intFrom(env, 'HTTP_CACHE_MAX_AGE', 0),
    },
    metricsToken: metricsTokenFrom(env),
    auditActorsPublic: auditActorsFrom(env.AUDIT_ACTORS),
    trustedDocuments: {
      enforce: flagFrom(env, 'TRUSTED_DOCUMENTS'),
      manifests: listFrom(env, 'TRUSTED_DOCUMENTS_MANIFESTS'),
    },
    persistedQueriesMaxBytes: intFrom(env, 'PERSISTED_QUERIES_CACHE_MB', 8) * 1024 * 1024,
  };
}
