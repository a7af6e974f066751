// The state of the whole graph as one checksum, to show that a request changed nothing; and the way
// back to the source facts for tests that write.
import { createHash } from 'node:crypto';
import { loadFacts } from '../../src/data/load.js';
import { NODES, RELATIONSHIPS } from '../../src/data/facts.js';
import type { Database } from '../../src/db/neo4j.js';

/** JSON with object keys sorted at every level, Neo4j temporal values as their ISO text. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const plain = Object.getPrototypeOf(value) === Object.prototype;
    if (!plain) return JSON.stringify(String(value));
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 over every node (labels, properties) and relationship (type, ends, properties), leaving
 * out the entities keyed in `except` and their relationships: what a test wrote on purpose.
 */
export async function graphChecksum(db: Database, except: string[] = []): Promise<string> {
  const nodes = await db.read(
    'MATCH (n) WHERE NOT n.key IN $except RETURN labels(n) AS labels, properties(n) AS props',
    { except },
  );
  const rels = await db.read(
    `MATCH (a)-[r]->(b) WHERE NOT a.key IN $except AND NOT b.key IN $except
     RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS props`,
    { except },
  );
  const lines = [
    ...nodes.records.map((r) => canonical({ labels: [...r.get('labels')].sort(), props: r.get('props') })),
    ...rels.records.map((r) =>
      canonical({ from: r.get('from'), type: r.get('type'), to: r.get('to'), props: r.get('props') }),
    ),
  ].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Removes whatever is not a source fact and reloads the facts, undoing any curation. */
export async function restoreSourceGraph(db: Database): Promise<void> {
  await db.write('MATCH (n) WHERE NOT n.key IN $keys DETACH DELETE n', { keys: NODES.map((n) => n.key) });
  await db.write(`MATCH (a)-[r]->(b) WHERE NOT (a.key + '|' + type(r) + '|' + b.key) IN $relationships DELETE r`, {
    relationships: RELATIONSHIPS.map((r) => `${r.from}|${r.type}|${r.to}`),
  });
  await loadFacts(db);
}
