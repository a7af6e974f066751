import { afterAll, beforeAll, it } from 'vitest';
import { openHarness, run, type Harness } from '../helpers.js';
let h: Harness;
beforeAll(async () => { h = await openHarness(); });
afterAll(() => h.close());
it('times', async () => {
  for (const q of [
    `{ recommendations(filter: { hasDeadline: true }, orderBy: { by: DEADLINE }) { edges { node { key recommendedIn { nodes { finds { nodes { key about { nodes { key } } } } } } } } } }`,
    `{ recommendations(filter: { hasDeadline: true }, orderBy: { by: DEADLINE }) { edges { node { key } } } }`,
    `{ recommendations { edges { node { key recommendedIn { nodes { finds { nodes { key about { nodes { key } } } } } } } } } }`,
  ]) for (let i = 0; i < 2; i++) {
    const t = Date.now();
    const r = await run(h, q);
    console.log(i, Date.now() - t, JSON.stringify(r.errors ?? 'ok').slice(0, 80));
  }
}, 120000);
