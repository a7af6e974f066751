// `npm run bench:plans`: the query plans behind the suite. Opens the benchmark's store of one size,
// asks this API each question in process (capturing the Cypher it sends) and runs that statement and
// the floor's under PROFILE, printing each plan's operators with their rows and database hits, so
// that whether an index is used, and where the work goes, can be read rather than guessed.
//
//   npm run bench:plans -- --size 1m --cases search,neighbourhood --neo4j-port 7761
//
// `--time N` also runs each statement N times without PROFILE, one after another straight through
// the driver, and prints the median: the database's own time for the API's statement and the
// floor's, with no HTTP and no GraphQL around them.
import 'reflect-metadata';
import neo4j from 'neo4j-driver';
import { parseArgs } from 'node:util';
import type { ProfiledPlan } from 'neo4j-driver';
import { FLOOR_QUERIES } from './servers/floor.js';
import { startApi } from './servers/api.js';
import { client } from './run/client.js';
import { median } from './run/percentile.js';
import { openStore, sizeOf } from './run/store.js';
import { casesNamed, SUITE } from './suite/index.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10k' },
    seed: { type: 'string', default: '1' },
    cases: { type: 'string', default: SUITE.map((c) => c.name).join(',') },
    'neo4j-port': { type: 'string', default: '7753' },
    'heap-mb': { type: 'string', default: '3072' },
    'pagecache-mb': { type: 'string', default: '4096' },
    // Print the whole operator tree, not only the summary line and the operators doing the work.
    tree: { type: 'boolean', default: false },
    time: { type: 'string', default: '0' },
  },
});

const size = sizeOf(values.size);
const suite = casesNamed(values.cases);
const log = (line: string) => console.error(`[plans] ${line}`);

/** Integers as Cypher integers, as the servers send them. */
const toCypher = (value: unknown): unknown => {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypher);
  if (value && typeof value === 'object' && !neo4j.isInt(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypher(v)]));
  return value;
};

function lines(plan: ProfiledPlan, depth = 0, out: string[] = []): string[] {
  const details = String(plan.arguments.Details ?? '').replace(/\s+/g, ' ');
  out.push(
    `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits}${details ? `  ${details.slice(0, 160)}` : ''}`,
  );
  for (const child of plan.children) lines(child, depth + 1, out);
  return out;
}

const totalHits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((s, c) => s + totalHits(c), 0);

const store = await openStore({
  nodes: size,
  seed: Number(values.seed),
  port: Number(values['neo4j-port']),
  heapMb: Number(values['heap-mb']),
  pageCacheMb: Number(values['pagecache-mb']),
  fullJit: false,
  log,
});
let captured: { cypher: string; params: Record<string, unknown> } | undefined;
const api = await startApi({
  neo4jUri: store.neo4j.uri,
  port: 0,
  onQuery: (cypher, params) => void (captured = { cypher, params }),
});
const http = client(1);
try {
  for (const c of suite) {
    captured = undefined;
    await http.post({ url: api.url, body: JSON.stringify({ query: c.api.query, variables: c.api.variables }) });
    const statements = [
      ['api', captured!.cypher, captured!.params],
      ['floor', FLOOR_QUERIES.get(c.floor.name)!, toCypher(c.floor.params) as Record<string, unknown>],
    ] as const;
    for (const [system, cypher, params] of statements) {
      await store.db.read(cypher, params); // plan cached, pages warm
      const started = performance.now();
      const result = await store.db.read(`PROFILE ${cypher}`, params);
      const ms = performance.now() - started;
      const plan = result.summary.profile as ProfiledPlan;
      const all = lines(plan);
      console.log(`\n== ${c.name} / ${system}: ${totalHits(plan)} db hits, ${ms.toFixed(1)} ms under PROFILE`);
      if (values.tree) console.log(cypher);
      const shown = values.tree
        ? all
        : all.filter((l) => /Index|Scan|Seek|Expand|Sort|Top|Procedure|hits=\d{4,}/.test(l));
      console.log(shown.join('\n'));
      const times: number[] = [];
      for (let i = 0; i < Number(values.time); i++) {
        const start = performance.now();
        await store.db.read(cypher, params);
        times.push(performance.now() - start);
      }
      if (times.length) console.log(`   median of ${times.length} runs: ${median(times).toFixed(2)} ms`);
    }
  }
} finally {
  http.close();
  await api.close();
  await store.close();
}
