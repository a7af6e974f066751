// Wires configuration, database and translator together: the one place that decides whether to start
// the project's own Neo4j or use the one NEO4J_URI names.
import type { Config } from '../config.js';
import { startLocalNeo4j, type LocalNeo4j } from '../db/local-neo4j.js';
import { connect, verifyReachable, type Database } from '../db/neo4j.js';
import { Translator } from '../graph/translate.js';
import type { Context } from '../schema/context.js';

export interface Runtime {
  db: Database;
  context: Context;
  local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

export async function openRuntime(config: Config, log: (line: string) => void = console.error): Promise<Runtime> {
  const local = config.neo4j.uri
    ? undefined
    : await startLocalNeo4j({ ...config.local, txTimeoutMs: config.txTimeoutMs, log: (l) => log(`[neo4j] ${l}`) });
  const uri = config.neo4j.uri ?? local!.uri;
  const db = connect({ ...config.neo4j, uri, txTimeoutMs: config.txTimeoutMs });
  try {
    await verifyReachable(db, uri);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  const translator = new Translator({ maxPageSize: config.maxPageSize, defaultPageSize: Math.min(20, config.maxPageSize) });
  return {
    db,
    context: { db, translator },
    local,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
