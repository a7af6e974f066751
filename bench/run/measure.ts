// Times one question on one system at one concurrency: a warm-up (so that plans are cached and the
// JIT has seen the code), then a bounded closed loop, with the server's counters read around it.
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

export async function measure(
  c: Case,
  running: Running,
  concurrency: number,
  options: MeasureOptions,
): Promise<Measurement> {
  const target = targetOf(c, running);
  await closedLoop(target, { concurrency, durationMs: options.warmupMs, maxRequests: options.maxRequests });
  const before = await running.stats();
  const { latencies, elapsedMs } = await closedLoop(target, {
    concurrency,
    durationMs: options.durationMs,
    maxRequests: options.maxRequests,
  });
  const after = await running.stats();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    case: c.name,
    system: running.system,
    concurrency,
    requests: sorted.length,
    medianMs: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    meanMs: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
    throughput: round((sorted.length / elapsedMs) * 1000, 1),
    roundTrips: round((after.statements - before.statements) / Math.max(1, after.requests - before.requests)),
    allocatedKbPerRequest: round(
      (after.allocatedBytes - before.allocatedBytes) / 1024 / Math.max(1, after.requests - before.requests),
      1,
    ),
    cpuMsPerRequest: round(
      (after.cpuMicros - before.cpuMicros) / 1000 / Math.max(1, after.requests - before.requests),
      3,
    ),
  };
}
