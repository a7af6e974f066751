// Run by tests/integration/memory.test.ts as a child process started with --expose-gc: serves the
// whole API (createApi) on a loopback port against the test database and sends it the read mix, 1,000
// reads and then 4,000 more, eight at a time. After each batch it collects garbage until the heap
// settles and prints the retained heap, as one JSON line on stdout.
import 'reflect-metadata';
import { READ_MIX } from '../../scripts/load/read-mix.js';
import { loadConfig } from '../../src/config.js';
import { loadFacts } from '../../src/data/load.js';
import { connect } from '../../src/db/neo4j.js';
import { createApi } from '../../src/start.js';
import { listen } from '../../src/server/http.js';
import { createLogger } from '../../src/server/logging.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('start this with node --expose-gc');

const config = loadConfig({
  NEO4J_URI: process.env.MEMORY_NEO4J_URI,
  NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
});
const db = connect({ ...config.neo4j, uri: config.neo4j.uri!, txTimeoutMs: config.txTimeoutMs });
await loadFacts(db);
const api = await createApi({ config, db, logger: createLogger(process.env.MEMORY_LOG_LEVEL ?? 'silent') });
const http = await listen(api.app, 0, '127.0.0.1');

let sent = 0;
async function reads(count: number): Promise<void> {
  const end = sent + count;
  const client = async () => {
    while (sent < end) {
      const query = READ_MIX[sent++ % READ_MIX.length]!;
      const response = await fetch(http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (response.status !== 200 || body.errors)
        throw new Error(`read failed (${response.status}): ${JSON.stringify(body).slice(0, 300)}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, client));
}

/** Heap in use once full collections stop freeing anything (a few rounds, timers given a turn between). */
async function retainedHeap(): Promise<number> {
  let previous = Infinity;
  for (let round = 0; round < 10; round++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc!();
    const used = process.memoryUsage().heapUsed;
    if (Math.abs(previous - used) < 64 * 1024) return used;
    previous = used;
  }
  return previous;
}

// Neo4j plans each statement once; the first depth-3 neighbourhoods, planned eight at once on a cold
// database, can run past the transaction timeout. One pass in turn first.
for (const query of READ_MIX)
  await fetch(http.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
await reads(1_000);
const after1000 = await retainedHeap();
await reads(4_000);
const after5000 = await retainedHeap();
process.stdout.write(`${JSON.stringify({ reads: sent, after1000, after5000 })}\n`);
await api.drain(http);
await db.close();
