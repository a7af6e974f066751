// The whole graph's checksum (graph-state.ts) with its node and relationship counts beside it, for
// tests that also want to say how much is there.
import type { Database } from '../../src/db/neo4j.js';
import { graphChecksum as digestOf } from './graph-state.js';

export async function graphChecksum(db: Database): Promise<{ nodes: number; relationships: number; digest: string }> {
  const counts = await db.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  const record = counts.records[0]!;
  return { nodes: record.get('nodes'), relationships: record.get('relationships'), digest: await digestOf(db) };
}
