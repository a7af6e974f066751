// Runs every statement of a Database through `around`, for concerns that watch all traffic to the
// database (its availability, metrics) without the access layer knowing about them.
import type { QueryResult, RecordShape } from 'neo4j-driver';
import type { Database, Statements } from './neo4j.js';

export type Mode = 'read' | 'write';
export type Around = <T>(mode: Mode, work: () => Promise<T>) => Promise<T>;

export function wrapDatabase(db: Database, around: Around): Database {
  return {
    driver: db.driver,
    read<R extends RecordShape = RecordShape>(
      cypher: string,
      params?: Record<string, unknown>,
    ): Promise<QueryResult<R>> {
      return around('read', () => db.read<R>(cypher, params));
    },
    write<R extends RecordShape = RecordShape>(
      cypher: string,
      params?: Record<string, unknown>,
    ): Promise<QueryResult<R>> {
      return around('write', () => db.write<R>(cypher, params));
    },
    writeAll: (statements, timeoutMs) => around('write', () => db.writeAll(statements, timeoutMs)),
    transact: <T>(work: (tx: Statements) => Promise<T>) => around('write', () => db.transact(work)),
    ping: (timeoutMs) => db.ping(timeoutMs),
    close: () => db.close(),
    // Tests set the hook on whichever object they hold; both must see it.
    get onQuery() {
      return db.onQuery;
    },
    set onQuery(hook) {
      db.onQuery = hook;
    },
  };
}

/** `db` with its reads answered by `read` (which may call db's own); everything else is db's. */
export const withRead = (db: Database, read: Database['read']): Database =>
  Object.assign(Object.create(db) as Database, { read });
