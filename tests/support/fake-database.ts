// A stand-in for the database that records each statement and answers with no rows. Translation
// tests use it to assert the Cypher and parameters an operation produces; nothing else may.
import type { Database } from '../../src/db/neo4j.js';

export interface Recorded {
  cypher: string;
  params: Record<string, unknown>;
}

export function recordingDatabase(): Database & { statements: Recorded[] } {
  const statements: Recorded[] = [];
  const answer = async (cypher: string, params: Record<string, unknown> = {}) => {
    statements.push({ cypher, params });
    return { records: [], summary: {} } as never;
  };
  return {
    statements,
    driver: undefined as never,
    read: answer,
    write: answer,
    writeAll: async (list) => {
      for (const s of list) await answer(s.cypher, s.params);
    },
    transact: (work) => work({ run: answer }),
    ping: async () => true,
    close: async () => {},
  };
}
