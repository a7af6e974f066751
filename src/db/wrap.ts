// Runs every statement of a Database through `around`, for concerns that watch all traffic to the
// database (its availability, metrics) without the access layer knowing about them.
import type { QueryResult, RecordShape } from 'neo4j-driver';
import type { Database, Statements } from './neo4j.js';

export type Mode = 'read' | 'write';
export type Around = <T>(mode: Mode, work: () => Promise<T>) => Promise<T>;

/**
 * `db` with every statement run through `around`. A class, not an object literal: each request gets
 * wrapped databases of its own (admission's, the lane's record of its reads), and an object literal
 * made its getter, setter and functions afresh for each. With those, 16 lookups at a time moved about
 * 1 KB a request into the old generation (`--trace-gc`: 13 MB over 12,000, against 0.4 MB now),
 * garbage that only a full collection frees, and the young generation's collections took longer.
 */
class Wrapped implements Database {
  readonly driver: Database['driver'];

  constructor(
    private readonly db: Database,
    private readonly around: Around,
  ) {
    this.driver = db.driver;
  }

  read<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<R>> {
    const { db } = this;
    return this.around('read', () => db.read<R>(cypher, params));
  }

  write<R extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<QueryResult<R>> {
    const { db } = this;
    return this.around('write', () => db.write<R>(cypher, params));
  }

  writeAll(statements: { cypher: string; params?: Record<string, unknown> }[], timeoutMs?: number): Promise<void> {
    const { db } = this;
    return this.around('write', () => db.writeAll(statements, timeoutMs));
  }

  transact<T>(work: (tx: Statements) => Promise<T>): Promise<T> {
    const { db } = this;
    return this.around('write', () => db.transact(work));
  }

  ping(timeoutMs: number): Promise<boolean> {
    return this.db.ping(timeoutMs);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // Tests set the hook on whichever object they hold; both must see it.
  get onQuery(): Database['onQuery'] {
    return this.db.onQuery;
  }

  set onQuery(hook: Database['onQuery']) {
    this.db.onQuery = hook;
  }
}

/** What withRead makes. */
class ReadBy extends Wrapped {
  constructor(
    db: Database,
    private readonly answer: Database['read'],
  ) {
    super(db, (_mode, work) => work());
  }

  override read<R extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<QueryResult<R>> {
    return this.answer<R>(cypher, params);
  }
}

export function wrapDatabase(db: Database, around: Around): Database {
  return new Wrapped(db, around);
}

/**
 * `db` with its reads answered by `read` (which may call db's own); everything else is db's. Not an
 * object with `db` as its prototype: made per request, each new prototype cost V8 a new hidden class.
 */
export function withRead(db: Database, read: Database['read']): Database {
  return new ReadBy(db, read);
}

/** `work()`, with a synchronous throw turned into a rejection. */
function attempt<T>(work: () => Promise<T>): Promise<T> {
  try {
    return work();
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * `work()`, calling `after` once it has settled, as `try/finally` in an async function would, and
 * telling it whether it failed and why. The around functions use it rather than `await`, which cost
 * each layer an extra promise and turns of the microtask queue on every statement.
 */
export function whenSettled<T>(work: () => Promise<T>, after: (failed: boolean, error?: unknown) => void): Promise<T> {
  return attempt(work).then(
    (result) => {
      after(false);
      return result;
    },
    (error: unknown) => {
      after(true, error);
      throw error;
    },
  );
}
