// The benchmark's own Neo4j: one store folder per size and seed, built once and reused while the
// generator is unchanged, since loading a million nodes takes minutes and measuring should not.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ensureSchema } from '../../src/data/store-schema.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j.js';
import { connect, type Database } from '../../src/db/neo4j.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { GENERATOR_VERSION, loadedSynthetic, loadSynthetic, type SyntheticSummary } from '../synthetic/load.js';

/** A graph size as the command lines take it: `10k`, `100k`, `1m`, `2500`. */
export function sizeOf(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`not a size: ${text} (use e.g. 10k, 100k, 1m)`);
  return Math.round(Number(match[1]) * { '': 1, k: 1e3, m: 1e6 }[match[2]!.toLowerCase() as '' | 'k' | 'm']);
}

export interface StoreOptions {
  nodes: number;
  seed: number;
  port: number;
  heapMb: number;
  pageCacheMb: number;
  fullJit: boolean;
  log: (line: string) => void;
}

export interface OpenStore {
  neo4j: LocalNeo4j;
  db: Database;
  summary: SyntheticSummary;
  close(): Promise<void>;
}

const open = (options: StoreOptions, dir: string) =>
  startLocalNeo4j({
    port: options.port,
    dir,
    heapMb: options.heapMb,
    pageCacheMb: options.pageCacheMb,
    txTimeoutMs: 600_000,
    fullJit: options.fullJit,
    log: (line) => options.log(`[neo4j] ${line}`),
  });

export async function openStore(options: StoreOptions): Promise<OpenStore> {
  const dir = path.join(PROJECT_ROOT, '.neo4j', `bench-${options.nodes}-seed${options.seed}`);
  let neo4j = await open(options, dir);
  let db = connect({ uri: neo4j.uri, username: 'neo4j', password: '', database: undefined, txTimeoutMs: 600_000 });
  let summary = await loadedSynthetic(db);
  if (!summary || summary.version !== GENERATOR_VERSION) {
    // A half-loaded or outdated store: start from an empty folder rather than repair it.
    await db.close();
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
    neo4j = await open(options, dir);
    db = connect({ uri: neo4j.uri, username: 'neo4j', password: '', database: undefined, txTimeoutMs: 600_000 });
    const startedAt = Date.now();
    summary = await loadSynthetic(db, { nodes: options.nodes, seed: options.seed, log: options.log });
    options.log(
      `loaded ${summary.nodes} nodes and ${summary.relationships} relationships in ${Math.round((Date.now() - startedAt) / 1000)} s`,
    );
  }
  // The API's own indexes and constraints (cypher/schema/), as they are now: a store built before
  // one was added gains it here rather than being generated again.
  await ensureSchema(db, 600);
  const final = { neo4j, db, summary };
  return {
    ...final,
    async close() {
      await final.db.close();
      await final.neo4j.stop();
    },
  };
}
