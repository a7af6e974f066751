// Configuration from the environment, read once. Neo4j's own variable names are used so that a
// user who already runs Neo4j elsewhere points the API at it without learning new names.

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
  };
  /** Longest a single Cypher transaction may run before Neo4j is asked to stop it. */
  txTimeoutMs: number;
  maxPageSize: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  }
  return value;
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
    },
    txTimeoutMs: intFrom(env, 'NEO4J_TX_TIMEOUT_MS', 10_000),
    maxPageSize: intFrom(env, 'MAX_PAGE_SIZE', 100),
  };
}
