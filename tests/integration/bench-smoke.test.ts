// The benchmark, small: the source graph plus a tiny synthetic one, the three systems in their own
// processes as `npm run bench` starts them, the agreement check, and a few timed requests each, so
// that the benchmark cannot rot between full runs. The synthetic part is removed afterwards.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { chart } from '../../bench/report/chart.js';
import { markdown, type BenchResults } from '../../bench/report/markdown.js';
import { checkAgreement, targetOf } from '../../bench/run/agree.js';
import { benchmarkPass } from '../../bench/run/bench.js';
import { spawnSystem, type Running } from '../../bench/run/systems.js';
import { SUITE } from '../../bench/suite/index.js';
import { loadSynthetic, removeSynthetic } from '../../bench/synthetic/load.js';
import { NODES } from '../../src/data/facts.js';
import type { Database } from '../../src/db/neo4j.js';
import { projectPath } from '../../src/paths.js';
import { testDatabase } from '../support/helpers.js';

let db: Database;
let systems: Running[] = [];

beforeAll(async () => {
  // The servers run compiled, as `npm run bench` runs them.
  execFileSync(process.execPath, [
    projectPath('node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    projectPath('tsconfig.json'),
  ]);
  db = testDatabase(30_000);
  await removeSynthetic(db);
  await loadSynthetic(db, { nodes: 1_500, seed: 7 });
  systems = await Promise.all(
    (['api', 'neo4jGraphql', 'floor'] as const).map((s) => spawnSystem(s, 0, inject('neo4jUri'))),
  );
});

afterAll(async () => {
  await Promise.all(systems.map((s) => s.stop()));
  await removeSynthetic(db);
  const left = await db.read<{ n: number }>('MATCH (n:Entity) RETURN count(n) AS n');
  await db.close();
  expect(left.records[0]!.get('n')).toBe(NODES.length);
});

describe('benchmark smoke run', () => {
  it('agrees on every question, then times each on every system', async () => {
    const pass = await benchmarkPass(SUITE, systems, {
      concurrencies: [1, 4],
      durationMs: 150,
      warmupMs: 30,
      passWarmupMs: 30,
      maxRequests: 8,
      slices: 2,
      log: () => {},
    });
    expect(pass.agreed).toEqual(SUITE.map((c) => c.name));
    expect(pass.measurements).toHaveLength(SUITE.length * 2 * 3);
    for (const m of pass.measurements) {
      expect(m.requests).toBeGreaterThan(0);
      expect(m.medianMs).toBeGreaterThan(0);
    }
    // One Cypher statement per request, for this API and for the floor.
    for (const m of pass.measurements.filter((x) => x.system !== 'neo4jGraphql')) expect(m.roundTrips).toBe(1);
    expect(pass.apiRssMb).toBeGreaterThan(0);
    expect(pass.apiHeapUsedMb).toBeGreaterThan(0);
    // Every server counts what it allocates and the CPU it spends. What the API allocates follows its
    // work: a never-seen text, parsed, validated and planned each time, costs it a few times what the
    // same lookup repeated does (about 315 against 112 KiB at 100k nodes; about 355 against 135-160
    // in this run). The floor is no yardstick: its bare Cypher request allocates less than the API's
    // lookup, but by too little for eight requests to tell every time (a run had the floor's above).
    for (const m of pass.measurements) expect(m.allocatedKbPerRequest, `${m.case} ${m.system}`).toBeGreaterThan(0);
    for (const m of pass.measurements) expect(m.cpuMsPerRequest, `${m.case} ${m.system}`).toBeGreaterThan(0);
    const apiKb = (name: string) =>
      pass.measurements.find((m) => m.case === name && m.system === 'api' && m.concurrency === 1)!
        .allocatedKbPerRequest;
    expect(apiKb('lookupFresh')).toBeGreaterThan(apiKb('lookup'));

    const results: BenchResults = {
      startedAt: 'now',
      machine: { loadAverageAtStart: [0] },
      options: {},
      runs: [{ size: 1_500, nodes: 1, relationships: 1, jit: 'c1', ...pass }],
    };
    const table = markdown(results);
    for (const c of SUITE) expect(table).toContain(`| ${c.title} | 1 |`);
    expect(chart(results)).toMatch(/^<svg[\s\S]*<polyline[\s\S]*<\/svg>\n$/);
    expect(chart(results)).not.toMatch(/NaN|points=""/);
  }, 120_000); // eleven questions, three systems, two concurrencies on a busy machine

  it('sends a never-seen operation text with each request of the compile-cost case, to both GraphQL servers', () => {
    const fresh = SUITE.find((c) => c.name === 'lookupFresh')!;
    for (const running of systems.filter((s) => s.system !== 'floor')) {
      const target = targetOf(fresh, running);
      const bodies = new Set(Array.from({ length: 5 }, () => target.next!()));
      expect(bodies.size).toBe(5);
      for (const body of bodies) expect(JSON.parse(body).query).toMatch(/^query Lookup\d+\(/);
    }
  });

  it('fails when one system answers differently', async () => {
    const lookup = SUITE.find((c) => c.name === 'lookup')!;
    const tampered = {
      ...lookup,
      normalise: { ...lookup.normalise, floor: (d: any) => ({ ...d, number: d.number + 1 }) },
    };
    await expect(checkAgreement([tampered], systems)).rejects.toThrow(/lookup: floor disagrees/);
  });

  it('fails when every system answers nothing', async () => {
    const lookup = SUITE.find((c) => c.name === 'lookup')!;
    const missing = {
      ...lookup,
      api: { ...lookup.api, variables: { key: 'no-such-key' } },
      neo4jGraphql: { ...lookup.neo4jGraphql, variables: { key: 'no-such-key' } },
      floor: { ...lookup.floor, params: { key: 'no-such-key' } },
    };
    await expect(checkAgreement([missing], systems)).rejects.toThrow(/empty answer/);
  });
});
