// Soak: hours of steady traffic against the API served on the loopback interface with a throwaway
// local Neo4j, watching its memory. Measures the API's capacity over the read mix (every root field,
// the heavy explorations included) for a few seconds, then sends that mix at half the capacity with
// curator writes beside it for `--duration`, sampling the API's heap after garbage collection and
// its RSS every 10 s over an IPC channel (scripts/load/heap-reporter.ts; nothing on any port).
// Writes the samples as JSON and an SVG chart under results/soak/ and prints a verdict: the heap at
// the end within 5 MB of its value after the warm-up, no errors, every acknowledged write present.
//
//   npm run soak -- [--duration 10m] [--rate <reads/s>] [--writers 1] [--write-interval-ms 500] [--out results/soak]
// PORT (0: any) and NEO4J_LOCAL_PORT (7687) place the API and its Neo4j.
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/paths.js';
import { missingWrites, runWriter } from './load/curator-writes.js';
import { READ_MIX } from './load/read-mix.js';
import { startApi, type ServedApi } from './load/served-api.js';
import { chart, type Sample } from './soak/chart.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10m' },
    rate: { type: 'string' },
    writers: { type: 'string', default: '1' },
    'write-interval-ms': { type: 'string', default: '500' },
    'capacity-s': { type: 'string', default: '15' },
    out: { type: 'string', default: 'results/soak' },
  },
});

/** "90", "90s", "10m" or "1h", in seconds. */
function seconds(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(text.trim());
  if (!match) throw new Error(`--duration must look like 90s, 10m or 1h, got "${text}"`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[(match[2] ?? 's') as 's' | 'm' | 'h'];
}

const durationS = seconds(args.duration!);
const SAMPLE_S = 10;
const TOLERANCE_MB = 5;
// The heap is compared from the first sample after this: caches, pools and compiled code fill first.
const warmUpS = Math.min(120, Math.max(SAMPLE_S, Math.round(durationS * 0.2)));
const connections = 16;
const secret = randomBytes(32).toString('hex');
const body = (query: string) => JSON.stringify({ query });
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const api = await startApi(
  { JWT_SECRET: secret, LOG_LEVEL: process.env.LOG_LEVEL || 'warn', HOST: '127.0.0.1', PORT: process.env.PORT ?? '0' },
  { heap: true },
);
try {
  process.exitCode = await soak(api);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  const code = await api.stop();
  console.log(`API exited with code ${code} after SIGTERM`);
}

async function soak(api: ServedApi): Promise<number> {
  const { url } = api;
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url))
    throw new Error(`refusing to load anything but the loopback interface: ${url}`);
  const token = await new SignJWT({ roles: ['curator'], name: 'Soak' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('soak')
    .setExpirationTime('48h')
    .sign(new TextEncoder().encode(secret));

  // Neo4j plans each statement once: a few passes in turn before anything is measured.
  for (let round = 0; round < 3; round++)
    for (const query of READ_MIX)
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(query) });

  let rate = args.rate ? Number(args.rate) : NaN;
  if (!(rate > 0)) {
    const measured = await autocannon({
      url,
      connections,
      duration: Number(args['capacity-s']),
      requests: READ_MIX.map((query) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: body(query),
      })),
    });
    rate = Math.max(1, Math.floor(measured.requests.average / 2));
    console.log(
      `capacity: ${measured.requests.average.toFixed(1)} reads/s over the mix from ${connections} connections (${measured.non2xx} non-2xx); soaking at ${rate} reads/s`,
    );
  }

  const samples: Sample[] = [];
  const started = performance.now();
  const sample = async () => {
    const { heapUsed, rss } = await api.heap();
    samples.push({
      seconds: Math.round((performance.now() - started) / 100) / 10,
      heapMb: mb(heapUsed),
      rssMb: mb(rss),
    });
    const last = samples.at(-1)!;
    console.log(
      `  ${String(Math.round(last.seconds)).padStart(5)} s  heap after GC ${last.heapMb.toFixed(1)} MB  RSS ${last.rssMb.toFixed(1)} MB`,
    );
  };
  console.log(
    `soak: ${READ_MIX.length} read operations at ${rate}/s from ${connections} connections for ${durationS} s, ${args.writers} curator writer(s) every ${args['write-interval-ms']} ms, against ${url}`,
  );
  await sample();
  const sampler = setInterval(() => void sample(), SAMPLE_S * 1000);

  let graphqlErrors = 0;
  let running = true;
  const writing = Promise.all(
    Array.from({ length: Number(args.writers) }, (_, w) =>
      runWriter(url, token, w, () => running, Number(args['write-interval-ms'])),
    ),
  );
  const reads = await autocannon({
    url,
    connections,
    duration: durationS,
    overallRate: rate,
    requests: READ_MIX.map((query) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: body(query),
      onResponse: (status: number, text: string) => {
        if (status === 200 && text.includes('"errors"')) graphqlErrors++;
      },
    })),
  });
  running = false;
  const reports = await writing;
  clearInterval(sampler);
  await sample();

  const acknowledged = reports.flatMap((r) => r.acknowledged);
  const failedWrites = reports.reduce((n, r) => n + r.failed, 0);
  const writeFailures: Record<string, number> = {};
  for (const r of reports)
    for (const [code, n] of Object.entries(r.failures)) writeFailures[code] = (writeFailures[code] ?? 0) + n;
  const missing = await missingWrites(url, token, acknowledged);
  const warm = samples.find((s) => s.seconds >= warmUpS) ?? samples[0]!;
  const end = samples.at(-1)!;
  const growth = Math.round((end.heapMb - warm.heapMb) * 10) / 10;
  const errors = reads.errors + reads.timeouts + reads.non2xx + graphqlErrors + failedWrites;
  const pass = Math.abs(growth) <= TOLERANCE_MB && errors === 0 && missing.length === 0;

  const out = path.resolve(PROJECT_ROOT, args.out!);
  mkdirSync(out, { recursive: true });
  const summary = {
    durationS,
    readsPerSecond: rate,
    reads: {
      total: reads.requests.total,
      p50Ms: reads.latency.p50,
      p99Ms: reads.latency.p99,
      connectionErrors: reads.errors,
      timeouts: reads.timeouts,
      non2xx: reads.non2xx,
      graphqlErrors,
    },
    writes: {
      acknowledged: acknowledged.length,
      failed: failedWrites,
      failures: writeFailures,
      missing: missing.length,
    },
    heap: { warmUpS, afterWarmUpMb: warm.heapMb, endMb: end.heapMb, growthMb: growth, toleranceMb: TOLERANCE_MB },
    rss: { afterWarmUpMb: warm.rssMb, endMb: end.rssMb, maxMb: Math.max(...samples.map((s) => s.rssMb)) },
    pass,
    samples,
  };
  writeFileSync(path.join(out, 'soak.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(
    path.join(out, 'soak.svg'),
    chart(samples, `${durationS} s at ${rate} reads/s; heap ${warm.heapMb} → ${end.heapMb} MB after GC`),
  );

  console.log(
    `reads:  ${reads.requests.total} in ${reads.duration} s (${reads.requests.average.toFixed(1)}/s), p50 ${reads.latency.p50} ms, p99 ${reads.latency.p99} ms`,
  );
  console.log(
    `errors: ${reads.errors} connection errors, ${reads.timeouts} timeouts, ${reads.non2xx} non-2xx, ${graphqlErrors} GraphQL errors, ${failedWrites} failed writes ${JSON.stringify(writeFailures)}`,
  );
  console.log(
    `writes: ${acknowledged.length} acknowledged, ${acknowledged.length - missing.length} found in the graph with their audit records, ${missing.length} missing`,
  );
  console.log(
    `heap after GC: ${warm.heapMb} MB at ${Math.round(warm.seconds)} s (after warm-up), ${end.heapMb} MB at the end (${growth >= 0 ? '+' : ''}${growth} MB; allowed ±${TOLERANCE_MB} MB)`,
  );
  console.log(`RSS: ${warm.rssMb} MB after warm-up, ${end.rssMb} MB at the end, ${summary.rss.maxMb} MB at most`);
  console.log(`results: ${path.relative(PROJECT_ROOT, out)}/soak.json and soak.svg`);
  console.log(`verdict: ${pass ? 'PASS' : 'FAIL'}`);
  return pass ? 0 : 1;
}
