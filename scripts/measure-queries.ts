// Prints the median (and 95th percentile) latency of each kind of query on the source graph: the
// whole GraphQL operation, run in process (parse, validate, translate, one Cypher round trip per root
// field, shape the response), after a warm-up. It starts its own local Neo4j on a throwaway store
// (NEO4J_LOCAL_PORT) unless NEO4J_URI names one, which it loads only if that graph is empty.
//
//   npm run measure:queries                 100 runs of each query
//   npm run measure:queries -- --runs 500
import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { isEmpty, loadFacts } from '../src/data/load.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { createServer } from '../src/server/create-server.js';
import { percentile } from '../bench/run/percentile.js';
import { Translator } from '../src/graph/translate.js';
import { openRuntime } from '../src/start.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 100;
const WARM_UP = 20;

const QUERIES: [kind: string, query: string][] = [
  [
    'lookup by key, nested 3 levels',
    `{ document(key: "prevent-progress-and-prospects") { recommends { nodes { key addressedTo { nodes { name inspectedBy { nodes { key } } } } } } } }`,
  ],
  [
    'list, filtered and sorted',
    `{ recommendations(filter: { dueBy: "2010-03" }, orderBy: { by: DEADLINE }) { totalCount nodes { key addressedTo { nodes { name } } } } }`,
  ],
  [
    'neighbourhood, depth 1',
    `{ neighbourhood(key: "hmic") { nodes { key name } relationships { type fromKey toKey sources { excerpt } } truncated } }`,
  ],
  [
    'neighbourhood, depth 2',
    `{ neighbourhood(key: "hmic", depth: 2) { nodes { key name } relationships { type fromKey toKey } truncated } }`,
  ],
  [
    'neighbourhood, depth 3',
    `{ neighbourhood(key: "hmic", depth: 3, limit: 200) { nodes { key } relationships { type fromKey toKey } truncated } }`,
  ],
  [
    'paths, SHORTEST',
    `{ paths(from: "psni", to: "prevent") { length steps { from { key } type direction to { key } sources { excerpt } } } }`,
  ],
  [
    'paths, ALL_SHORTEST',
    `{ paths(from: "psni", to: "prevent", mode: ALL_SHORTEST) { length steps { from { key } type direction to { key } } } }`,
  ],
  [
    'paths, K_PATHS k=5 maxLength=6',
    `{ paths(from: "soca", to: "vulnerable-people", mode: K_PATHS, k: 5, maxLength: 6) { length nodes { key } } }`,
  ],
  [
    'timeline, window',
    `{ timeline(from: "2008-04", to: "2010-03") { date { key } relationship entity { key name } sources { excerpt } } }`,
  ],
  [
    'timeline, after an entity',
    `{ timeline(after: "police-prevent-strategy-and-delivery-plan") { date { key } relationship entity { key } } }`,
  ],
  ['search', `{ search(text: "O'Connor") { score entity { key name } } }`],
  ['relationship type counts', `{ relationshipTypes { type count } }`],
];

async function main(): Promise<void> {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs must be a positive integer');
  const config = loadConfig();
  mkdirSync(path.join(PROJECT_ROOT, '.neo4j'), { recursive: true });
  const store = config.neo4j.uri ? undefined : mkdtempSync(path.join(PROJECT_ROOT, '.neo4j', 'measure-'));
  const runtime = await openRuntime(
    { ...config, local: { ...config.local, ...(store ? { dir: store } : {}) } },
    () => {},
  );
  try {
    if (await isEmpty(runtime.db)) await loadFacts(runtime.db);
    else console.log('(using the graph already in NEO4J_URI as it is)');
    let statements = 0;
    runtime.db.onQuery = () => void statements++;
    const context = { db: runtime.db, translator: new Translator(config.pageSizes) };
    const server = createServer();
    await server.start();
    const execute = async (query: string) => {
      const response = await server.executeOperation({ query }, { contextValue: context });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(`query failed: ${query}\n${JSON.stringify(response.body)}`);
      }
    };

    console.log(
      `Median latency of each kind of query, ${RUNS} runs after ${WARM_UP} warm-up runs (in-process GraphQL execution against Neo4j over Bolt).\n`,
    );
    console.log(`| query | median ms | p95 ms | Cypher statements |`);
    console.log(`| --- | ---: | ---: | ---: |`);
    for (const [kind, query] of QUERIES) {
      for (let i = 0; i < WARM_UP; i++) await execute(query);
      statements = 0;
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = process.hrtime.bigint();
        await execute(query);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      console.log(
        `| ${kind} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${statements / RUNS} |`,
      );
    }
    await server.stop();
  } finally {
    await runtime.close();
    if (store) rmSync(store, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
