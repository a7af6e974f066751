// The one place that talks to neo4j-driver: a driver factory and `read`/`write` helpers that set the
// access mode, apply the transaction timeout and always close the session they open.
import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { boundedWrite } from './bounded-write.js';

export interface DatabaseOptions {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  txTimeoutMs: number;
  /** Connections of the query pool (DEFAULT_POOL_SIZE); the probe has one of its own besides. */
  maxPoolSize?: number;
}

export const DEFAULT_POOL_SIZE = 100;
/** Longest a transaction runs unless configured (NEO4J_TX_TIMEOUT_MS). */
export const DEFAULT_TX_TIMEOUT_MS = 10_000;

export interface Database {
  driver: Driver;
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
  write<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
  /** Runs several statements in one write transaction: all of them take effect or none does. */
  /** `timeoutMs` overrides the transaction timeout (a data load on a cold store plans many statements). */
  writeAll(statements: { cypher: string; params?: Record<string, unknown> }[], timeoutMs?: number): Promise<void>;
  /**
   * Runs `work` in one write transaction and commits what it ran, or nothing if it throws. The
   * driver retries `work` on transient errors (deadlocks, leader changes), so it must not have
   * effects outside the transaction.
   */
  transact<T>(work: (tx: Statements) => Promise<T>): Promise<T>;
  /**
   * One auto-commit `RETURN 1` on a connection of its own (not one of the query pool), not retried:
   * true when the database answered within `timeoutMs`.
   */
  ping(timeoutMs: number): Promise<boolean>;
  /** Called with the Cypher text of every statement sent; tests count round trips with it. */
  onQuery?: (cypher: string, params: Record<string, unknown>) => void;
  close(): Promise<void>;
}

/** What a transaction function may do: run statements, in order, inside the transaction. */
export interface Statements {
  run<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
}

export function connect(options: DatabaseOptions): Database {
  // The local Neo4j runs without authentication and accepts any credentials.
  const auth = neo4j.auth.basic(options.username, options.password);
  const driver = neo4j.driver(options.uri, auth, {
    // Fail fast when the database is away instead of queueing requests for a minute.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: options.maxPoolSize ?? DEFAULT_POOL_SIZE,
    disableLosslessIntegers: true,
  });
  // The probe's own connection: whether the database answers must not depend on a free connection
  // in a pool that slow statements may have taken, or load would pass for an outage.
  const probeDriver = neo4j.driver(options.uri, auth, {
    maxConnectionPoolSize: 1,
    connectionTimeout: 5_000,
    disableLosslessIntegers: true,
  });
  const txConfig = { timeout: options.txTimeoutMs };
  const writeSession = () => driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });

  const db: Database = {
    driver,
    async read(cypher, params = {}) {
      db.onQuery?.(cypher, params);
      const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
      try {
        // An auto-commit transaction: RUN and PULL leave in one write and come back in one round
        // trip. A transaction function (executeRead) adds BEGIN and COMMIT, each a write of its own
        // and COMMIT a round trip of its own: 0.7 ms a query on loopback, a third of a lookup. A
        // read has nothing to commit; what it gives up is the driver's retry on transient errors
        // (a cluster changing leader), which a single read statement can do without.
        return await session.run(cypher, params, txConfig);
      } finally {
        await session.close();
      }
    },
    // Writes are bounded like reads, and say when their outcome is unknown (bounded-write.ts).
    async write(cypher, params = {}) {
      db.onQuery?.(cypher, params);
      return boundedWrite(writeSession(), (tx) => tx.run(cypher, params), txConfig);
    },
    async writeAll(statements, timeoutMs) {
      await boundedWrite(
        writeSession(),
        async (tx) => {
          for (const { cypher, params = {} } of statements) {
            db.onQuery?.(cypher, params);
            await tx.run(cypher, params);
          }
        },
        timeoutMs ? { timeout: Math.max(timeoutMs, options.txTimeoutMs) } : txConfig,
      );
    },
    async transact(work) {
      return boundedWrite(
        writeSession(),
        (tx) =>
          work({
            run(cypher, params = {}) {
              db.onQuery?.(cypher, params);
              return tx.run(cypher, params);
            },
          }),
        txConfig,
      );
    },
    async ping(timeoutMs) {
      const session = probeDriver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
      let timer: NodeJS.Timeout | undefined;
      // Opening a connection to a host that does not answer takes the full connection timeout;
      // the timer bounds the wait, and the session is closed whichever way the race ends.
      const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      try {
        const answered = session.run('RETURN 1', {}, { timeout: timeoutMs }).then(
          () => true,
          () => false,
        );
        return await Promise.race([answered, timedOut]);
      } finally {
        clearTimeout(timer);
        session.close().catch(() => undefined);
      }
    },
    close: async () => {
      await Promise.all([driver.close(), probeDriver.close()]);
    },
  };
  return db;
}

/** Waits until the database answers, or throws with a clear message after `timeoutMs`. */
export async function verifyReachable(db: Database, uri: string, timeoutMs = 5_000): Promise<void> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`Neo4j at ${uri} did not answer within ${timeoutMs / 1000} s`)),
      timeoutMs,
    ).unref(),
  );
  try {
    await Promise.race([db.driver.getServerInfo(), timeout]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot reach Neo4j at ${uri}: ${detail}`);
  }
}
