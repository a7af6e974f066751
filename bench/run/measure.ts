// Times one question at one concurrency: a warm-up (so that plans are cached and the JIT has seen the
// code), then a bounded closed loop, with the server's counters read around it. A cell of the
// benchmark times every system on the same question, in slices taken in turn (measureCell).
import type { Case } from '../suite/case.js';
import { targetOf } from './agree.js';
import { closedLoop } from './client.js';
import { percentile } from './percentile.js';
import type { Running } from './systems.js';

export interface MeasureOptions {
  durationMs: number;
  maxRequests: number;
  warmupMs: number;
}

export interface CellOptions extends MeasureOptions {
  /**
   * Slices each system's share of a cell is cut into, the systems taking turns slice by slice (1:
   * each system's whole share at once). Duration, request bound and warm-up are split among them.
   */
  slices: number;
}

export interface Measurement {
  case: string;
  system: string;
  concurrency: number;
  requests: number;
  medianMs: number;
  p99Ms: number;
  meanMs: number;
  throughput: number;
  /** Cypher statements the server sent per request, from its own counters. */
  roundTrips: number;
  /** KiB the server allocated on its V8 heap per request (servers/stats.ts says how it is counted). */
  allocatedKbPerRequest: number;
  /**
   * Milliseconds of CPU (user + system) the server process spent per request: its own work per
   * request, whatever Neo4j and the load generator take of the same cores.
   */
  cpuMsPerRequest: number;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** What one or more timed loops of one system gathered. */
interface Gathered {
  latencies: number[];
  elapsedMs: number;
  requests: number;
  statements: number;
  allocatedBytes: number;
  cpuMicros: number;
}

const nothing = (): Gathered => ({
  latencies: [],
  elapsedMs: 0,
  requests: 0,
  statements: 0,
  allocatedBytes: 0,
  cpuMicros: 0,
});

async function timed(
  c: Case,
  running: Running,
  concurrency: number,
  options: MeasureOptions,
  into: Gathered,
): Promise<void> {
  const target = targetOf(c, running);
  await closedLoop(target, { concurrency, durationMs: options.warmupMs, maxRequests: options.maxRequests });
  const before = await running.stats();
  const { latencies, elapsedMs } = await closedLoop(target, {
    concurrency,
    durationMs: options.durationMs,
    maxRequests: options.maxRequests,
  });
  const after = await running.stats();
  for (const latency of latencies) into.latencies.push(latency);
  into.elapsedMs += elapsedMs;
  into.requests += after.requests - before.requests;
  into.statements += after.statements - before.statements;
  into.allocatedBytes += after.allocatedBytes - before.allocatedBytes;
  into.cpuMicros += after.cpuMicros - before.cpuMicros;
}

function summary(c: Case, system: string, concurrency: number, g: Gathered): Measurement {
  const sorted = g.latencies.sort((a, b) => a - b);
  const served = Math.max(1, g.requests);
  return {
    case: c.name,
    system,
    concurrency,
    requests: sorted.length,
    medianMs: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    meanMs: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
    throughput: round((sorted.length / g.elapsedMs) * 1000, 1),
    roundTrips: round(g.statements / served),
    allocatedKbPerRequest: round(g.allocatedBytes / 1024 / served, 1),
    cpuMsPerRequest: round(g.cpuMicros / 1000 / served, 3),
  };
}

/** One system on one question at one concurrency, in one go. */
export async function measure(
  c: Case,
  running: Running,
  concurrency: number,
  options: MeasureOptions,
): Promise<Measurement> {
  const gathered = nothing();
  await timed(c, running, concurrency, options, gathered);
  return summary(c, running.system, concurrency, gathered);
}

/**
 * Every system on one question at one concurrency. Slice k runs the systems in `systems`' order
 * rotated by k, so that with as many slices as systems each is timed once first, once second and
 * so on. What drifts on a shared machine within a cell (the database's JIT and garbage collection
 * after another system's load, a neighbour's burst of work) then falls on all of them alike instead
 * of on whoever held the whole cell at the time.
 */
export async function measureCell(
  c: Case,
  systems: readonly Running[],
  concurrency: number,
  options: CellOptions,
): Promise<Measurement[]> {
  const slices = Math.max(1, Math.floor(options.slices));
  const slice: MeasureOptions = {
    durationMs: options.durationMs / slices,
    maxRequests: Math.ceil(options.maxRequests / slices),
    warmupMs: options.warmupMs / slices,
  };
  const gathered = systems.map(nothing);
  for (let k = 0; k < slices; k++)
    for (let j = 0; j < systems.length; j++) {
      const i = (j + k) % systems.length;
      await timed(c, systems[i]!, concurrency, slice, gathered[i]!);
    }
  return systems.map((running, i) => summary(c, running.system, concurrency, gathered[i]!));
}
