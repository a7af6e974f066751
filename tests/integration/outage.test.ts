// A database outage in the middle of traffic, on a Neo4j of this test's own (never the shared test
// instance): queries fail fast with SERVICE_UNAVAILABLE instead of hanging, readiness fails, and
// once the same store is started again the API answers by itself, with every acknowledged write
// still there and nothing from the refused ones.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { serveApi, type ServedApi } from '../support/api.js';
import { id } from '../support/curation-helpers.js';
import { graphChecksum } from '../support/graph-state.js';
import { curatorToken } from '../support/tokens.js';

const port = Number(process.env.NEO4J_TEST_PORT ?? 7688) + 2;
let store: string;
let neo4j: LocalNeo4j;
let s: ServedApi;
const start = () =>
  startLocalNeo4j({ port, dir: store, heapMb: 256, pageCacheMb: 16, txTimeoutMs: 10_000, log: () => undefined });

beforeAll(async () => {
  mkdirSync(path.join(PROJECT_ROOT, '.neo4j'), { recursive: true });
  store = mkdtempSync(path.join(PROJECT_ROOT, '.neo4j', 'outage-'));
  neo4j = await start();
  s = await serveApi({}, neo4j.uri);
});
afterAll(async () => {
  await s?.close();
  await neo4j?.stop();
  rmSync(store, { recursive: true, force: true });
});

const READ = { query: '{ organisation(key: "hmic") { name inspects { totalCount } } }' };
const progress = (date: string) => ({
  query: 'mutation($i: RecordProgressInput!) { recordProgress(input: $i) { changed progressUpdate { key } } }',
  variables: {
    i: {
      recommendation: id('Recommendation', 'rec-2009-6'),
      status: 'IN_PROGRESS',
      date,
      evidence: `Reported ${date}.`,
      source: id('Document', 'pr-2009-002'),
    },
  },
});

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}
const ready = async () => (await fetch(`${s.base}/health/ready`)).status;

it('fails fast while Neo4j is down and serves again, with nothing lost, once it is back', {
  timeout: 240_000,
}, async () => {
  const auth = { authorization: `Bearer ${await curatorToken()}` };
  const acknowledged = await s.post(progress('2009-10'), auth);
  expect(acknowledged.json.data.recordProgress.changed).toBe(true);
  expect(await ready()).toBe(200);
  const beforeOutage = await graphChecksum(s.db);

  // Traffic that runs through the whole outage: four clients reading back to back.
  const outcomes: { ms: number; outcome: string }[] = [];
  let traffic = true;
  const client = async () => {
    while (traffic) {
      const { ms, value } = await timed(() => s.post(READ));
      outcomes.push({
        ms,
        outcome: value.json.data?.organisation ? 'ok' : String(value.json.errors?.[0]?.extensions?.code),
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const clients = Promise.all([client(), client(), client(), client()]);
  await new Promise((resolve) => setTimeout(resolve, 500));

  await neo4j.stop();

  // A query caught by the outage is answered once a probe finds the database gone (about a second
  // or two, not the driver's retry time); every later one is refused at once.
  const first = await timed(() => s.post(READ));
  expect(first.value.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  expect(first.ms).toBeLessThan(4_000);
  for (let i = 0; i < 20; i++) {
    const next = await timed(() => s.post(READ));
    expect(next.value.json.errors[0]).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      message: expect.not.stringMatching(/bolt|7\d{3}|ECONNREFUSED/),
    });
    expect(next.ms).toBeLessThan(500);
  }
  const refusedWrite = await timed(() => s.post(progress('2009-11'), auth));
  expect(refusedWrite.value.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  expect(refusedWrite.ms).toBeLessThan(500);
  const readiness = await timed(ready);
  expect(readiness.value).toBe(503);
  expect(readiness.ms).toBeLessThan(3_000);
  const metrics = await (await fetch(`${s.base}/metrics`)).text();
  expect(metrics).toMatch(/^neo4j_available 0$/m);

  neo4j = await start();

  // No restart of the API: its probe notices the database within a second or so.
  const deadline = Date.now() + 30_000;
  while ((await ready()) !== 200) {
    expect(Date.now()).toBeLessThan(deadline);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const answered = await s.post(READ);
  expect(answered.json).toEqual({ data: { organisation: { name: 'HMIC', inspects: { totalCount: 4 } } } });
  const progressAfter = await s.post({ query: '{ recommendation(key: "rec-2009-6") { progress { nodes { key } } } }' });
  expect(progressAfter.json.data.recommendation.progress.nodes).toEqual([{ key: 'progress-rec-2009-6-2009-10' }]);
  expect(await graphChecksum(s.db)).toBe(beforeOutage);
  expect(await (await fetch(`${s.base}/metrics`)).text()).toMatch(/^neo4j_available 1$/m);

  traffic = false;
  await clients;
  // Every request of the run was answered: with data, or with SERVICE_UNAVAILABLE, never hanging.
  expect(new Set(outcomes.map((o) => o.outcome))).toEqual(new Set(['ok', 'SERVICE_UNAVAILABLE']));
  expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(4_000);
  const refused = outcomes.filter((o) => o.outcome === 'SERVICE_UNAVAILABLE');
  expect(refused.filter((o) => o.ms < 500).length / refused.length).toBeGreaterThan(0.9);
  expect(outcomes.at(-1)!.outcome).toBe('ok');
});
