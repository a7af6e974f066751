// Saturation is not an outage, on the real Neo4j: with a tiny admission limit, concurrent heavy
// operations beyond it are refused at once with OVERLOADED, HTTP 503 and Retry-After, while cheap
// lookups are still answered, readiness stays 200 and the database is never marked down.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { heavyPaths } from '../../scripts/load/read-mix.js';
import { serveApi, type ServedApi } from '../support/api.js';

let s: ServedApi;
beforeAll(async () => {
  // Two statements in flight (one for the heavy lane) and four waiting per lane: one operation of
  // four root fields fills the heavy lane until it is answered. Lookups (cost 1) are cheap, four
  // aliased paths (cost 12 or more) heavy.
  s = await serveApi({ ADMISSION_MAX_STATEMENTS: '2', ADMISSION_MAX_QUEUE: '4', ADMISSION_CHEAP_COST: '5' });
  // Planned once before the burst, so that nothing below waits on the planner.
  expect((await s.post({ query: heavyPaths(1) })).json.errors).toBeUndefined();
});
afterAll(() => s?.close());

const LOOKUP = { query: '{ organisation(key: "hmic") { name } }' };
const metric = async (name: string) =>
  Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(await (await fetch(`${s.base}/metrics`)).text())?.[1]);

it('refuses heavy work beyond the limit with OVERLOADED and Retry-After, and keeps serving cheap lookups', {
  timeout: 120_000,
}, async () => {
  const heavy = Array.from({ length: 12 }, () => s.post({ query: heavyPaths(4) }));
  const cheap = Array.from({ length: 4 }, () => s.post(LOOKUP));
  const readiness = await fetch(`${s.base}/health/ready`);
  const answers = await Promise.all(heavy);

  const refused = answers.filter((a) => a.status === 503);
  expect(refused.length).toBeGreaterThan(0);
  for (const a of refused) {
    expect(a.headers.get('retry-after')).toBe('1');
    expect(a.json.errors.length).toBeGreaterThan(0);
    for (const error of a.json.errors)
      expect(error.extensions).toMatchObject({ code: 'OVERLOADED', retryAfterSeconds: 1 });
  }
  // Every other answer is whole: four sets of paths, no error.
  const served = answers.filter((a) => a.status !== 503);
  expect(served.length).toBeGreaterThan(0);
  for (const a of served) {
    expect(a.status).toBe(200);
    expect(a.json.errors).toBeUndefined();
    expect(Object.keys(a.json.data)).toEqual(['p0', 'p1', 'p2', 'p3']);
  }
  for (const a of await Promise.all(cheap)) expect(a.json).toEqual({ data: { organisation: { name: 'HMIC' } } });

  expect(readiness.status).toBe(200);
  expect(s.api.availability.up).toBe(true);
  expect(await metric('neo4j_marked_down_total')).toBe(0);
  expect(await metric('neo4j_available')).toBe(1);
  expect(s.api.admission.inFlight).toBe(0);
  // The refusals are counted by their own code, apart from SERVICE_UNAVAILABLE.
  const text = await (await fetch(`${s.base}/metrics`)).text();
  expect(text).toMatch(/^graphql_errors_total\{code="OVERLOADED"\} [1-9]/m);
  expect(text).not.toMatch(/code="SERVICE_UNAVAILABLE"/);
});
