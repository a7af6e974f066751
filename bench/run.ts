// `npm run bench`: builds (or reuses) the synthetic graph at each size, starts this API, the Neo4j
// GraphQL Library and the raw-driver floor on it, checks that they agree, times the suite, and writes
// bench/results/ (JSON, Markdown, SVG chart). Load goes to 127.0.0.1 only, bounded in time and count.
//
//   npm run bench -- --sizes 10k,100k,1m --duration 5 --concurrency 1,16 --jit c1,full@100k --cases lookup,path
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, type } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/paths.js';
import { chart } from './report/chart.js';
import { markdown, type BenchResults, type Run } from './report/markdown.js';
import { benchmarkPass } from './run/bench.js';
import { openStore, sizeOf } from './run/store.js';
import { spawnSystem, type Running } from './run/systems.js';
import { casesNamed, SUITE } from './suite/index.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k,100k,1m' },
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    // Seconds each system runs each question before the first cell of a size is timed.
    'warmup-pass': { type: 'string', default: '3' },
    'max-requests': { type: 'string', default: '5000' },
    // Slices each system's time in a cell is cut into, the systems taking turns (run/measure.ts).
    slices: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '1,16' },
    // JIT modes of the benchmark's Neo4j; `full@100k` runs full JIT at that size only.
    jit: { type: 'string', default: 'c1,full@100k' },
    seed: { type: 'string', default: '1' },
    // A comma-separated subset of the suite, by name (lookup, page, nested, neighbourhood, …).
    cases: { type: 'string', default: SUITE.map((c) => c.name).join(',') },
    'heap-mb': { type: 'string', default: '3072' },
    'pagecache-mb': { type: 'string', default: '4096' },
    'neo4j-port': { type: 'string', default: '7753' },
    ports: { type: 'string', default: '4051,4052,4053' },
    out: { type: 'string', default: path.join(PROJECT_ROOT, 'bench', 'results') },
  },
});

const sizes = values.sizes.split(',').map(sizeOf);
const jits = values.jit.split(',').map((j) => {
  const [mode, at] = j.split('@') as ['c1' | 'full', string | undefined];
  if (mode !== 'c1' && mode !== 'full') throw new Error(`--jit takes c1 or full, got ${mode}`);
  return { mode, size: at ? sizeOf(at) : undefined };
});
const [apiPort, ngqlPort, floorPort] = values.ports.split(',').map(Number) as [number, number, number];
const log = (line: string) => console.error(`[bench] ${line}`);
const suite = casesNamed(values.cases);

const results: BenchResults = {
  startedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGbAtStart: Math.round(freemem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    os: type(),
    node: process.version,
  },
  // Relative, so that the results say nothing about the machine's folders.
  options: { ...values, out: path.relative(PROJECT_ROOT, values.out), sizes },
  runs: [],
};

for (const size of sizes) {
  for (const jit of jits.filter((j) => j.size === undefined || j.size === size)) {
    log(`graph of ~${size} nodes, Neo4j JIT ${jit.mode}`);
    const store = await openStore({
      nodes: size,
      seed: Number(values.seed),
      port: Number(values['neo4j-port']),
      heapMb: Number(values['heap-mb']),
      pageCacheMb: Number(values['pagecache-mb']),
      fullJit: jit.mode === 'full',
      log,
    });
    const systems: Running[] = [];
    try {
      systems.push(await spawnSystem('api', apiPort, store.neo4j.uri));
      systems.push(await spawnSystem('neo4jGraphql', ngqlPort, store.neo4j.uri));
      systems.push(await spawnSystem('floor', floorPort, store.neo4j.uri));
      const pass = await benchmarkPass(suite, systems, {
        concurrencies: values.concurrency.split(',').map(Number),
        durationMs: Number(values.duration) * 1000,
        warmupMs: Number(values.warmup) * 1000,
        passWarmupMs: Number(values['warmup-pass']) * 1000,
        maxRequests: Number(values['max-requests']),
        slices: Number(values.slices),
        log,
      });
      const run: Run = {
        size,
        nodes: store.summary.nodes,
        relationships: store.summary.relationships,
        jit: jit.mode,
        ...pass,
      };
      results.runs.push(run);
    } finally {
      for (const s of systems) await s.stop();
      await store.close();
    }
  }
}

mkdirSync(values.out, { recursive: true });
writeFileSync(path.join(values.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(values.out, 'results.md'), markdown(results));
writeFileSync(path.join(values.out, 'latency-vs-size.svg'), chart(results));
log(`wrote ${path.relative(PROJECT_ROOT, values.out)}/results.{json,md} and latency-vs-size.svg`);
