// A digest of the whole graph (labels, properties, relationships and their properties), to show that
// an operation changed nothing.
import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/neo4j.js';

/** Sorted keys, and driver values (dates, points) as their Cypher text, so the digest is stable. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== 'object') return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return String(value);
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, normalise(v)]),
  );
}

export async function graphChecksum(db: Database): Promise<{ nodes: number; relationships: number; digest: string }> {
  const nodes = await db.read(
    'MATCH (n) RETURN n.key AS key, labels(n) AS labels, properties(n) AS props ORDER BY key',
  );
  const rels = await db.read(
    'MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS type, b.key AS b, properties(r) AS props ORDER BY a, type, b',
  );
  const hash = createHash('sha256');
  for (const record of [...nodes.records, ...rels.records])
    hash.update(JSON.stringify(normalise(record.toObject())) + '\n');
  return { nodes: nodes.records.length, relationships: rels.records.length, digest: hash.digest('hex') };
}
