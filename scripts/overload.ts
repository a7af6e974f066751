// Overload: more heavy work than the API takes, beside one client of cheap lookups, against the API
// served on the loopback interface with a throwaway local Neo4j. 32 clients send the heaviest legal
// operation (K_PATHS aliased as often as the cost limit allows, scripts/load/read-mix.ts) back to
// back for 60 s, each waiting out Retry-After when refused; one client looks an organisation up back
// to back; readiness is polled every 250 ms as a load balancer would. Prints the cheap client's
// p50/p99, the OVERLOADED refusals, the readiness 503s (must be 0) and the times the API marked the
// database down (must be 0), and writes them to results/overload/overload.json.
//
//   npm run overload -- [--duration 60] [--clients 32]
// PORT (0: any), NEO4J_LOCAL_PORT (7687) and the ADMISSION_* settings pass through to the API.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { percentile } from '../bench/run/percentile.js';
import { loadConfig } from '../src/config.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { buildAppSchema } from '../src/schema/build-schema.js';
import { CHEAP_LOOKUP, costOf, heaviestLegalAliases, heavyPaths } from './load/read-mix.js';
import { startApi } from './load/served-api.js';

const { values: args } = parseArgs({
  options: { duration: { type: 'string', default: '60' }, clients: { type: 'string', default: '32' } },
});
const durationMs = Number(args.duration) * 1000;
const clients = Number(args.clients);

const schema = buildAppSchema();
const { admission, limits } = loadConfig();
const aliases = heaviestLegalAliases(schema, limits);
const HEAVY = heavyPaths(aliases);
const laneOf = (cost: number) => (cost <= admission.cheapCost ? 'cheap' : 'heavy');
const heavyCost = costOf(schema, HEAVY);
const cheapCost = costOf(schema, CHEAP_LOOKUP);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const api = await startApi({
  LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  HOST: '127.0.0.1',
  PORT: process.env.PORT ?? '0',
});
try {
  process.exitCode = await run(api.url);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await api.stop();
}

async function post(url: string, query: string): Promise<{ status: number; codes: string[]; retryAfter: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    codes: (json.errors ?? []).map((e) => String(e.extensions?.code)),
    retryAfter: Number(response.headers.get('retry-after') ?? 0),
  };
}

async function run(url: string): Promise<number> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url))
    throw new Error(`refusing to load anything but the loopback interface: ${url}`);
  const base = url.replace(/\/graphql$/, '');
  const metric = async (name: string) =>
    Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(await (await fetch(`${base}/metrics`)).text())?.[1] ?? NaN);
  for (let round = 0; round < 3; round++) {
    await post(url, CHEAP_LOOKUP);
    await post(url, HEAVY);
  }
  const downBefore = await metric('neo4j_marked_down_total');

  console.log(
    `heavy: ${clients} clients × ${aliases} aliased paths(mode: K_PATHS, k: 10, maxLength: 6), cost ${heavyCost} (${laneOf(heavyCost)} lane; limit ${limits.maxCost})`,
  );
  console.log(`cheap: 1 client of organisation(key: "hmic") lookups, cost ${cheapCost} (${laneOf(cheapCost)} lane)`);
  console.log(
    `admission: ${admission.maxInFlight} statements in flight, ${admission.maxQueue} waiting per lane, cheap lane up to cost ${admission.cheapCost}; ${durationMs / 1000} s against ${url}`,
  );

  const until = Date.now() + durationMs;
  const heavy = { ok: 0, overloaded: 0, other: {} as Record<string, number> };
  const cheap = { latencies: [] as number[], ok: 0, overloaded: 0, other: {} as Record<string, number> };
  const readiness = { polls: 0, unavailable: 0 };

  const heavyClient = async () => {
    while (Date.now() < until) {
      const { status, codes, retryAfter } = await post(url, HEAVY);
      if (status === 200 && codes.length === 0) heavy.ok++;
      else if (codes.includes('OVERLOADED')) {
        heavy.overloaded++;
        await sleep(retryAfter * 1000);
      } else
        for (const code of codes.length ? codes : [`HTTP ${status}`]) heavy.other[code] = (heavy.other[code] ?? 0) + 1;
    }
  };
  const cheapClient = async () => {
    while (Date.now() < until) {
      const started = performance.now();
      const { status, codes } = await post(url, CHEAP_LOOKUP);
      cheap.latencies.push(performance.now() - started);
      if (status === 200 && codes.length === 0) cheap.ok++;
      else if (codes.includes('OVERLOADED')) cheap.overloaded++;
      else
        for (const code of codes.length ? codes : [`HTTP ${status}`]) cheap.other[code] = (cheap.other[code] ?? 0) + 1;
    }
  };
  const readinessPoller = async () => {
    while (Date.now() < until) {
      const response = await fetch(`${base}/health/ready`);
      await response.arrayBuffer();
      readiness.polls++;
      if (response.status === 503) readiness.unavailable++;
      await sleep(250);
    }
  };
  await Promise.all([...Array.from({ length: clients }, heavyClient), cheapClient(), readinessPoller()]);
  const markedDown = (await metric('neo4j_marked_down_total')) - downBefore;

  const sorted = cheap.latencies.sort((a, b) => a - b);
  const summary = {
    durationS: durationMs / 1000,
    admission,
    heavy: { clients, aliases, cost: heavyCost, ...heavy },
    cheap: {
      requests: sorted.length,
      ok: cheap.ok,
      overloaded: cheap.overloaded,
      other: cheap.other,
      p50Ms: Math.round(percentile(sorted, 50)),
      p99Ms: Math.round(percentile(sorted, 99)),
      maxMs: Math.round(sorted.at(-1) ?? NaN),
    },
    readiness,
    databaseMarkedDown: markedDown,
  };
  const pass =
    readiness.unavailable === 0 &&
    markedDown === 0 &&
    Object.keys(heavy.other).length === 0 &&
    Object.keys(cheap.other).length === 0;
  const out = path.join(PROJECT_ROOT, 'results', 'overload');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'overload.json'), `${JSON.stringify({ ...summary, pass }, null, 2)}\n`);

  console.log(
    `heavy:     ${heavy.ok} answered, ${heavy.overloaded} refused OVERLOADED (503, Retry-After), other errors ${JSON.stringify(heavy.other)}`,
  );
  console.log(
    `cheap:     ${sorted.length} lookups, p50 ${summary.cheap.p50Ms} ms, p99 ${summary.cheap.p99Ms} ms, max ${summary.cheap.maxMs} ms; ${cheap.overloaded} OVERLOADED, other errors ${JSON.stringify(cheap.other)}`,
  );
  console.log(`readiness: ${readiness.polls} polls, ${readiness.unavailable} answered 503`);
  console.log(`database marked down: ${markedDown} times`);
  console.log(`results:   results/overload/overload.json`);
  console.log(`verdict:   ${pass ? 'PASS' : 'FAIL'}`);
  return pass ? 0 : 1;
}
