// The pages as HTTP serves them: HTML with a policy that forbids loading anything from elsewhere,
// and hashed assets that browsers may keep.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../helpers.js';
import { serve, type Served } from '../serve.js';

let h: Harness;
let api: Served;
beforeAll(async () => {
  h = await openHarness();
  api = await serve(h);
});
afterAll(async () => {
  await api?.close();
  await h?.close();
});

describe('pages', () => {
  it.each(['/explorer', '/graph'])('serves %s with a same-origin-only content security policy', async (route) => {
    const response = await fetch(`${api.origin}${route}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    const html = await response.text();
    // Built pages reference their bundles under /web/, and nothing on another host.
    expect(html).toMatch(/src="\/web\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('serves the bundles as immutable', async () => {
    const html = await (await fetch(`${api.origin}/graph`)).text();
    const script = /src="(\/web\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const response = await fetch(`${api.origin}${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('sends / to the graph view', async () => {
    const response = await fetch(`${api.origin}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graph');
  });
});
