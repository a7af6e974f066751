// One benchmark pass over one graph: the three systems are started against it, must agree on every
// question, and only then are timed, question by question, system by system, concurrency by
// concurrency. The smoke test runs this same function on a tiny graph.
import { loadavg } from 'node:os';
import type { Case, System } from '../suite/case.js';
import { checkAgreement, targetOf } from './agree.js';
import { closedLoop } from './client.js';
import { measureCell, type CellOptions, type Measurement } from './measure.js';
import type { Running } from './systems.js';

export interface PassOptions extends CellOptions {
  concurrencies: number[];
  /** How long each system runs each question before any cell is timed (`warmupMs` is per cell). */
  passWarmupMs: number;
  log: (line: string) => void;
}

export interface PassResult {
  agreed: string[];
  measurements: Measurement[];
  /** Resident memory of this API's process after the timed runs, in MiB. */
  apiRssMb: number;
  /** What its V8 heap held then, in MiB. */
  apiHeapUsedMb: number;
  loadAverage: { before: number[]; after: number[] };
}

/** `items` starting at `start` (modulo its length), the ones before it moved to the end. */
export function rotated<T>(items: readonly T[], start: number): T[] {
  const k = items.length ? start % items.length : 0;
  return [...items.slice(k), ...items.slice(0, k)];
}

export async function benchmarkPass(
  suite: readonly Case[],
  systems: Running[],
  options: PassOptions,
): Promise<PassResult> {
  const before = loadavg().map((x) => Math.round(x * 100) / 100);
  const agreed = await checkAgreement(suite, systems);
  options.log(`answers agree on ${agreed.map((a) => a.case).join(', ')}`);
  // Every system warms up on every question before any is timed: a fresh Node process and a fresh
  // JVM are not in their steady state (JIT, Cypher plan cache), and the first question timed would
  // otherwise pay for all of them. Neo4j's JIT compiles for tens of seconds of load, so this runs
  // longer than each cell's own warm-up (3 s a question and system by default: about a minute).
  for (const running of systems) {
    for (const c of suite)
      await closedLoop(targetOf(c, running), {
        concurrency: 4,
        durationMs: options.passWarmupMs,
        maxRequests: options.maxRequests,
      });
  }
  const measurements: Measurement[] = [];
  let cell = 0;
  for (const c of suite) {
    for (const concurrency of options.concurrencies) {
      // Each cell starts with the next system in turn, and within the cell the systems take turns
      // slice by slice (measureCell). Neo4j's JIT keeps compiling for tens of seconds of load (its
      // compiler threads took half a core, and the floor's lookups went from 1,035 to 2,103 req/s
      // at c = 16 over 40,000 requests on a fresh store): whoever went first in every cell, as the
      // API did, was timed on a colder database than the systems after it.
      for (const m of await measureCell(c, rotated(systems, cell++), concurrency, options)) {
        measurements.push(m);
        options.log(
          `${c.name.padEnd(13)} ${m.system.padEnd(12)} c=${String(concurrency).padEnd(3)} median ${m.medianMs} ms, p99 ${m.p99Ms} ms, ${m.throughput}/s, ${m.roundTrips} round trip(s), ${m.allocatedKbPerRequest} KiB/request`,
        );
      }
    }
  }
  const api = systems.find((s) => s.system === ('api' satisfies System));
  const stats = api ? await api.stats() : undefined;
  const apiRssMb = stats ? Math.round(stats.rssBytes / 2 ** 20) : Number.NaN;
  const apiHeapUsedMb = stats ? Math.round(stats.heapUsedBytes / 2 ** 20) : Number.NaN;
  return {
    agreed: agreed.map((a) => a.case),
    measurements,
    apiRssMb,
    apiHeapUsedMb,
    loadAverage: { before, after: loadavg().map((x) => Math.round(x * 100) / 100) },
  };
}
