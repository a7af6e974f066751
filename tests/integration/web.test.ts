// The pages as HTTP serves them: HTML with a policy that forbids loading anything from elsewhere,
// the same security headers on every page route, hashed assets that browsers may keep, compressed
// responses, and a favicon.
import { readdirSync } from 'node:fs';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { WEB_DIR } from '../../src/server/web.js';
import { describe, expect, it } from 'vitest';
import { serveForFile } from '../support/serve.js';

const api = serveForFile();

describe('pages', () => {
  it.each(['/explorer', '/graph'])('serves %s with a same-origin-only content security policy', async (route) => {
    const response = await fetch(`${api().origin}${route}`);
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
    const html = await (await fetch(`${api().origin}/graph`)).text();
    const script = /src="(\/web\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const response = await fetch(`${api().origin}${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('sends / to the graph view', async () => {
    const response = await fetch(`${api().origin}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graph');
  });
});

/** GET with an explicit Accept-Encoding, or none; node's fetch would decode the body, so read it raw. */
async function raw(route: string, acceptEncoding: string | undefined) {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(
        `${api().origin}${route}`,
        {
          headers: {
            ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
            'apollo-require-preflight': 'true',
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('security headers', () => {
  const built = readdirSync(WEB_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

  it.each(['/explorer', '/graph', ...built.map((f) => `/web/${f}`), '/web/favicon.svg'])(
    'are the same on %s',
    async (route) => {
      const response = await fetch(`${api().origin}${route}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      const reference = await fetch(`${api().origin}/explorer`);
      expect(response.headers.get('content-security-policy')).toBe(reference.headers.get('content-security-policy'));
    },
  );

  it('found the built HTML under /web/ to check', () => expect(built.length).toBeGreaterThanOrEqual(2));
});

describe('compression', () => {
  it.each([
    ['/graph', 'text/html'],
    ['script', 'javascript'],
    ['style', 'text/css'],
    [
      `/graphql?${new URLSearchParams({ query: '{ organisations(first: 60) { nodes { key name description sources { excerpt } } } }' })}`,
      'application/json',
    ],
  ])(
    'sends %s brotli-compressed to a client that accepts it, gzip to one that accepts only that',
    async (which, type) => {
      const html = (await raw('/graph', 'identity')).body.toString();
      const route =
        which === 'script'
          ? /src="(\/web\/assets\/[^"]+\.js)"/.exec(html)![1]!
          : which === 'style'
            ? /href="(\/web\/assets\/[^"]+\.css)"/.exec(html)![1]!
            : which;
      const plain = await raw(route, 'identity');
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['content-type']).toContain(type);
      const br = await raw(route, 'gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      const gz = await raw(route, 'gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
      if (plain.body.length > 10_000) expect(br.body.length).toBeLessThan(plain.body.length / 2);
      // A client that names no encoding skips the compressor, yet gets the same bytes and Vary.
      const unnamed = await raw(route, undefined);
      expect(unnamed.headers['content-encoding']).toBeUndefined();
      expect(unnamed.headers.vary).toMatch(/accept-encoding/i);
      expect(unnamed.body.equals(plain.body)).toBe(true);
    },
  );
});

describe('compressed assets', () => {
  it('never leave the built folder, nor fail on a malformed escape', async () => {
    for (const route of [
      '/web/..%2f..%2fpackage.json',
      '/web/assets/..%2f..%2f..%2fpackage.json',
      '/web/assets/%E0%A4%A.js',
    ]) {
      const response = await raw(route, 'br, gzip');
      expect(response.status, route).toBeGreaterThanOrEqual(400);
      expect(response.status, route).toBeLessThan(500);
      expect(response.body.toString()).not.toContain('"devDependencies"');
    }
  });
});

describe('favicon', () => {
  it.each(['/explorer', '/graph'])('%s names one that is served', async (route) => {
    const html = await (await fetch(`${api().origin}${route}`)).text();
    const href = /<link rel="icon"[^>]*href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBe('/web/favicon.svg');
    const icon = await fetch(`${api().origin}${href}`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await icon.text()).toMatch(/^<svg /);
  });

  it('answers the conventional /favicon.ico with it', async () => {
    const response = await fetch(`${api().origin}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${api().origin}/web/favicon.svg`);
  });
});
