// `npm run bench:fixed-cost`: what a request costs this API's own process next to the floor's, with
// Neo4j's work taken out. Both servers answer every statement after its first from the first answer
// (bench/servers/reuse-answers.ts), so what is left per request is HTTP, parsing, validation, the
// cost rule, building the Cypher, the driver's call and shaping the answer. The figures are CPU
// milliseconds per request (process.cpuUsage of each server), median latency and throughput, each
// the median of several rounds that alternate which server goes first. It is the measure for a lever
// on the request path: Neo4j's share, which is the same for both, no longer hides the difference.
//
//   npm run bench:fixed-cost -- --size 10k --cases lookup,nested,page --requests 2000 --rounds 3
//
// `--answers real` lets every statement go to Neo4j as in the full benchmark, to see what appears
// only when answers really travel (socket waits, the driver's decoding, work spread over more turns
// of the event loop); CPU per request is still each server's own.
//
// `--baseline DIR` adds the API of another built checkout (DIR/dist/bench/servers/index.js, which
// must have this script too) as a third server, for a lever's before and after on the same machine
// in the same minutes.
//
// A second table pairs the servers round by round: each round measures them back to back, so the
// ratio within a round is spared the drift between rounds (Neo4j's JIT, the machine's other work),
// which moves whole cells by 15% or more with real answers. Many short rounds (`--rounds 20
// --requests 400`) then give the ratio's median and quartiles, a lever's effect with its spread.
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkAgreement } from './run/agree.js';
import { measure, type Measurement } from './run/measure.js';
import { median, percentile } from './run/percentile.js';
import { openStore, sizeOf } from './run/store.js';
import { spawnSystem, type Running } from './run/systems.js';
import { casesNamed } from './suite/index.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10k' },
    cases: { type: 'string', default: 'lookup,count,nested,page,path,timeline' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '1,16' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'neo4j-port': { type: 'string', default: '7753' },
    ports: { type: 'string', default: '4051,4053,4052' },
    baseline: { type: 'string' },
    answers: { type: 'string', default: 'reused' },
  },
});

const log = (line: string) => console.error(`[fixed-cost] ${line}`);
const suite = casesNamed(values.cases);
if (values.answers !== 'reused' && values.answers !== 'real') throw new Error('--answers is reused or real');
const reuseAnswers = values.answers === 'reused';
const concurrencies = values.concurrency.split(',').map(Number);
const rounds = Number(values.rounds);
const [apiPort, floorPort, baselinePort] = values.ports.split(',').map(Number) as [number, number, number];

const store = await openStore({
  nodes: sizeOf(values.size),
  seed: Number(values.seed),
  port: Number(values['neo4j-port']),
  heapMb: 1024,
  pageCacheMb: 1024,
  fullJit: true,
  log,
});
type Labelled = Running & { label: string };
const systems: Labelled[] = [];
try {
  systems.push({ label: 'api', ...(await spawnSystem('api', apiPort, store.neo4j.uri, { reuseAnswers })) });
  systems.push({ label: 'floor', ...(await spawnSystem('floor', floorPort, store.neo4j.uri, { reuseAnswers })) });
  if (values.baseline) {
    const entry = path.resolve(values.baseline, 'dist', 'bench', 'servers', 'index.js');
    const baseline = await spawnSystem('api', baselinePort, store.neo4j.uri, { reuseAnswers, entry });
    systems.push({ label: 'baseline', ...baseline });
    // The baseline answers as the API does: checked against the floor apart from the API.
    await checkAgreement(suite, [baseline, systems[1]!]);
  }
  log(`answers agree on ${(await checkAgreement(suite, systems.slice(0, 2))).map((a) => a.case).join(', ')}`);
  const options = { durationMs: 60_000, maxRequests: Number(values.requests), warmupMs: 500 };
  const cells = new Map<string, Measurement[]>();
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...systems].reverse() : systems;
    for (const c of suite)
      for (const concurrency of concurrencies)
        for (const running of order) {
          const m = await measure(c, running, concurrency, options);
          const key = `${c.name}|${concurrency}|${running.label}`;
          cells.set(key, [...(cells.get(key) ?? []), m]);
        }
    log(`round ${round + 1} of ${rounds} done`);
  }
  const pick = (name: string, concurrency: number, system: string, field: keyof Measurement) =>
    median((cells.get(`${name}|${concurrency}|${system}`) ?? []).map((m) => m[field] as number));
  const fmt = (n: number, digits = 2) => n.toFixed(digits);
  console.log(
    `Fixed cost per request at ~${values.size} nodes, answers ${values.answers}, ${values.requests} requests a cell, median of ${rounds} rounds`,
  );
  const withBaseline = Boolean(values.baseline);
  console.log(
    `| case | c | API CPU ms/req | floor CPU ms/req | ratio | API median ms | floor median ms | ratio | API req/s | floor req/s | ratio |${withBaseline ? ' baseline CPU ms/req | baseline median ms | baseline req/s |' : ''}`,
  );
  console.log(`|---|---|---|---|---|---|---|---|---|---|---|${withBaseline ? '---|---|---|' : ''}`);
  for (const c of suite)
    for (const concurrency of concurrencies) {
      const [aCpu, fCpu] = ['api', 'floor'].map((s) => pick(c.name, concurrency, s, 'cpuMsPerRequest')) as [
        number,
        number,
      ];
      const [aMed, fMed] = ['api', 'floor'].map((s) => pick(c.name, concurrency, s, 'medianMs')) as [number, number];
      const [aTp, fTp] = ['api', 'floor'].map((s) => pick(c.name, concurrency, s, 'throughput')) as [number, number];
      const baseline = withBaseline
        ? ` ${fmt(pick(c.name, concurrency, 'baseline', 'cpuMsPerRequest'), 3)} | ${fmt(pick(c.name, concurrency, 'baseline', 'medianMs'))} | ${fmt(pick(c.name, concurrency, 'baseline', 'throughput'), 0)} |`
        : '';
      console.log(
        `| ${c.name} | ${concurrency} | ${fmt(aCpu, 3)} | ${fmt(fCpu, 3)} | ${fmt(aCpu / fCpu)} | ${fmt(aMed)} | ${fmt(fMed)} | ${fmt(aMed / fMed)} | ${fmt(aTp, 0)} | ${fmt(fTp, 0)} | ${fmt(aTp / fTp)} |${baseline}`,
      );
    }
  const others = systems.filter((s) => s.label !== 'api').map((s) => s.label);
  console.log(
    `\nPaired by round: API ÷ ${others.join(' and API ÷ ')}, median [quartiles] of the ${rounds} rounds' ratios`,
  );
  console.log(`| case | c |${others.map((o) => ` CPU ÷ ${o} | median latency ÷ ${o} | req/s ÷ ${o} |`).join('')}`);
  console.log(`|---|---|${others.map(() => '---|---|---|').join('')}`);
  const spread = (ratios: number[]) => {
    const sorted = [...ratios].sort((a, b) => a - b);
    return `${fmt(percentile(sorted, 50))} [${fmt(percentile(sorted, 25))}–${fmt(percentile(sorted, 75))}]`;
  };
  for (const c of suite)
    for (const concurrency of concurrencies) {
      const api = cells.get(`${c.name}|${concurrency}|api`) ?? [];
      const columns = others.map((other) => {
        const theirs = cells.get(`${c.name}|${concurrency}|${other}`) ?? [];
        const ratios = (field: keyof Measurement) =>
          api.map((m, round) => (m[field] as number) / (theirs[round]![field] as number));
        return ` ${spread(ratios('cpuMsPerRequest'))} | ${spread(ratios('medianMs'))} | ${spread(ratios('throughput'))} |`;
      });
      console.log(`| ${c.name} | ${concurrency} |${columns.join('')}`);
    }
} finally {
  for (const s of systems) await s.stop();
  await store.close();
}
