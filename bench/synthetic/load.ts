// Loads the source's facts and then a synthetic graph on top, in batches of parameterised UNWIND
// statements (one transaction each). A marker node records what was loaded, so a store built once
// for a size and seed is reused by later runs instead of being generated again.
import { readFileSync } from 'node:fs';
import { NODES } from '../../src/data/facts.js';
import { loadFacts } from '../../src/data/load.js';
import type { Database } from '../../src/db/neo4j.js';
import { projectPath } from '../../src/paths.js';
import { generate, type Chunk } from './generate.js';

/** Bump when the generator changes what it makes, so that stale stores are rebuilt. */
export const GENERATOR_VERSION = 1;
const BATCH = 5_000;

const cypher = (file: string) =>
  readFileSync(projectPath('bench', 'synthetic', file), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
const CREATE_NODES = cypher('create-nodes.cypher');
const CREATE_RELATIONSHIPS = cypher('create-relationships.cypher');

export interface SyntheticSummary {
  nodes: number;
  relationships: number;
  seed: number;
  version: number;
}

async function inBatches(db: Database, statement: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await db.write(statement, { rows: rows.slice(i, i + BATCH) });
}

/** The summary of the synthetic graph in this store, if one was loaded completely. */
export async function loadedSynthetic(db: Database): Promise<SyntheticSummary | undefined> {
  const result = await db.read('MATCH (m:BenchmarkMarker) RETURN m { .nodes, .relationships, .seed, .version } AS m');
  return result.records[0]?.get('m') as SyntheticSummary | undefined;
}

export async function loadSynthetic(
  db: Database,
  options: { nodes: number; seed: number; log?: (line: string) => void },
): Promise<SyntheticSummary> {
  await loadFacts(db);
  let nodes = 0;
  let relationships = 0;
  const startedAt = Date.now();
  for (const chunk of generate(options) as Generator<Chunk>) {
    await inBatches(db, CREATE_NODES, chunk.nodes);
    await inBatches(db, CREATE_RELATIONSHIPS, chunk.relationships);
    nodes += chunk.nodes.length;
    relationships += chunk.relationships.length;
    options.log?.(
      `${nodes} synthetic nodes, ${relationships} relationships (${Math.round((Date.now() - startedAt) / 1000)} s)`,
    );
  }
  await db.write('CALL db.awaitIndexes(600)');
  const counts = await db.read<{ n: number; r: number }>(
    'CALL () { MATCH (n:Entity) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r',
  );
  const summary = {
    nodes: counts.records[0]!.get('n'),
    relationships: counts.records[0]!.get('r'),
    seed: options.seed,
    version: GENERATOR_VERSION,
  };
  // Not an :Entity, so none of the three systems ever sees it.
  await db.write('CREATE (m:BenchmarkMarker) SET m = $summary', { summary });
  return summary;
}

/** Removes what loadSynthetic added (for the test database, which other tests share). */
export async function removeSynthetic(db: Database): Promise<void> {
  // Every synthetic relationship has at least one synthetic end, so deleting the nodes is enough.
  const keep = NODES.map((n) => n.key);
  let deleted: number;
  do {
    const result = await db.write<{ deleted: number }>(
      'MATCH (n:Entity) WHERE NOT n.key IN $keep WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
      { keep },
    );
    deleted = result.records[0]!.get('deleted');
  } while (deleted > 0);
  await db.write('MATCH (m:BenchmarkMarker) DELETE m');
}
