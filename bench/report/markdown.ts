// The results as Markdown: one table per graph size and JIT mode, then the targets checked
// against the figures (at 100 thousand nodes, and from the smallest to the largest graph, in the JIT
// mode measured at the most sizes).
import type { PassResult } from '../run/bench.js';
import type { Measurement } from '../run/measure.js';
import { SUITE } from '../suite/index.js';

export interface Run extends PassResult {
  size: number;
  nodes: number;
  relationships: number;
  jit: 'c1' | 'full';
}

export interface BenchResults {
  startedAt: string;
  machine: Record<string, unknown>;
  options: Record<string, unknown>;
  runs: Run[];
}

const fmt = (n: number) => (Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
const thousands = (n: number) => n.toLocaleString('en-GB');

export function find(run: Run, caseName: string, system: string, concurrency: number): Measurement | undefined {
  return run.measurements.find((m) => m.case === caseName && m.system === system && m.concurrency === concurrency);
}

function runTable(run: Run): string[] {
  const lines = [
    `### ~${thousands(run.size)} nodes (${thousands(run.nodes)} nodes, ${thousands(run.relationships)} relationships), Neo4j JIT ${run.jit === 'c1' ? 'C1 only (project default)' : 'C1+C2'}`,
    '',
    `API resident memory after the run: ${run.apiRssMb} MiB (V8 heap in use: ${run.apiHeapUsedMb ?? '–'} MiB). Load average before / after: ${run.loadAverage.before.join(' ')} / ${run.loadAverage.after.join(' ')}.`,
    '',
    '| Query | c | API median (p99) ms | @neo4j/graphql median (p99) ms | Floor median (p99) ms | API ÷ lib | API ÷ floor | req/s API / lib / floor | Cypher round trips API / lib / floor | KiB allocated / request API / lib / floor | CPU ms / request API / lib / floor |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  const concurrencies = [...new Set(run.measurements.map((m) => m.concurrency))];
  for (const c of SUITE) {
    for (const n of concurrencies) {
      const [a, l, f] = (['api', 'neo4jGraphql', 'floor'] as const).map((s) => find(run, c.name, s, n));
      if (!a || !l || !f) continue;
      lines.push(
        `| ${c.title} | ${n} | ${fmt(a.medianMs)} (${fmt(a.p99Ms)}) | ${fmt(l.medianMs)} (${fmt(l.p99Ms)}) | ${fmt(f.medianMs)} (${fmt(f.p99Ms)}) | ` +
          `${ratio(a.medianMs, l.medianMs)} | ${ratio(a.medianMs, f.medianMs)} | ${fmt(a.throughput)} / ${fmt(l.throughput)} / ${fmt(f.throughput)} | ` +
          `${a.roundTrips} / ${l.roundTrips} / ${f.roundTrips} | ` +
          `${fmt(a.allocatedKbPerRequest ?? Number.NaN)} / ${fmt(l.allocatedKbPerRequest ?? Number.NaN)} / ${fmt(f.allocatedKbPerRequest ?? Number.NaN)} | ` +
          `${fmt(a.cpuMsPerRequest ?? Number.NaN)} / ${fmt(l.cpuMsPerRequest ?? Number.NaN)} / ${fmt(f.cpuMsPerRequest ?? Number.NaN)} |`,
      );
    }
  }
  return lines;
}

/** The runs of one JIT mode across sizes: the mode measured at the most sizes (C1 on a tie). */
export function series(results: BenchResults): Run[] {
  const of = (jit: Run['jit']) => results.runs.filter((r) => r.jit === jit).sort((a, b) => a.size - b.size);
  const [c1, full] = [of('c1'), of('full')];
  return full.length > c1.length ? full : c1;
}

function targets(results: BenchResults): string[] {
  const c1 = series(results);
  const at100k = c1.find((r) => r.size === 100_000);
  const lines: string[] = [];
  if (at100k) {
    lines.push(
      `### Targets at ~100,000 nodes (JIT ${at100k.jit === 'c1' ? 'C1' : 'C1+C2'})`,
      '',
      '| Query | API ÷ lib, median c = 1 (target ≤ 0.5 where the library writes its Cypher) | API ÷ floor, median c = 1 (target ≤ 1.3) | API ÷ floor, req/s c = 16 (target ≥ 0.8) |',
      '| --- | --: | --: | --: |',
    );
    const mark = (x: number, met: boolean) => (Number.isNaN(x) ? '–' : `${x.toFixed(2)} ${met ? 'met' : '**missed**'}`);
    for (const c of SUITE) {
      const [a, l, f] = (['api', 'neo4jGraphql', 'floor'] as const).map((s) => find(at100k, c.name, s, 1)?.medianMs);
      const [a16, f16] = (['api', 'floor'] as const).map((s) => find(at100k, c.name, s, 16)?.throughput);
      const lib = a! / l!;
      const vsLib = c.libraryWritesCypher ? mark(lib, lib <= 0.5) : `${ratio(a!, l!)} (library runs our Cypher)`;
      const load = a16 !== undefined && f16 !== undefined ? a16 / f16 : Number.NaN;
      lines.push(`| ${c.title} | ${vsLib} | ${mark(a! / f!, a! / f! <= 1.3)} | ${mark(load, load >= 0.8)} |`);
    }
    lines.push('');
  }
  if (c1.length > 1) {
    const header = c1.map((r) => `~${thousands(r.size)}`).join(' | ');
    lines.push(
      `### Growth with the graph (API median at c = 1, ms; JIT ${c1[0]!.jit === 'c1' ? 'C1' : 'C1+C2'})`,
      '',
      `| Query | ${header} | largest ÷ smallest |`,
      `| --- | ${c1.map(() => '--:').join(' | ')} | --: |`,
    );
    for (const c of SUITE) {
      const medians = c1.map((r) => find(r, c.name, 'api', 1)?.medianMs ?? Number.NaN);
      lines.push(`| ${c.title} | ${medians.map(fmt).join(' | ')} | ${ratio(medians.at(-1)!, medians[0]!)} |`);
    }
    const rss = c1.map((r) => r.apiRssMb);
    lines.push(
      `| *API resident memory after the size, MiB* | ${rss.map(fmt).join(' | ')} | ${ratio(rss.at(-1)!, rss[0]!)} |`,
    );
    lines.push('');
  }
  return lines;
}

/** How a cell was cut among the systems; runs from before slices had none (each system's share at once). */
const slicesNote = (slices: unknown): string =>
  Number(slices) > 1
    ? `, and within a cell run in ${Number(slices)} slices each, in turn, the warm-up, the time and the request bound split among them`
    : '';

export function markdown(results: BenchResults): string {
  const m = results.machine;
  return [
    '# Benchmark results',
    '',
    `Run ${results.startedAt} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GiB, ${m.os}, Node ${m.node}; load average at start ${(m.loadAverageAtStart as number[]).join(' ')}.`,
    "Memory: resident memory and V8 heap of the API process after each size; KiB allocated per request on each server's V8 heap, counted as heap growth plus what the garbage collections of the cell freed (v8.GCProfiler), over the requests of the cell (bench/servers/stats.ts). CPU: milliseconds of CPU (user + system) each server process spent per request over the cell (process.cpuUsage), V8's background threads (compilation, garbage collection) included, so a process's first cells read high.",
    `Each cell: ${results.options.duration} s (after ${results.options.warmup} s of warm-up, at most ${results.options['max-requests']} requests), loopback HTTP, one Neo4j 5.26 Community shared by the three systems, which take turns at going first from one cell to the next${slicesNote(results.options.slices)}. Before the first cell of a size, each system ran each question for ${results.options['warmup-pass'] ?? results.options.warmup} s (at most ${results.options['max-requests']} requests) at c = 4.`,
    '',
    ...targets(results),
    ...results.runs.flatMap((run) => [...runTable(run), '']),
  ].join('\n');
}
