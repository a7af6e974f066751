// Queries over GET for cacheable embedding, without opening the door to cross-site requests: GET runs
// queries only and needs no preflight header, the CSRF guard on POST, mutations refused over GET, CORS origins, cache headers, and browsers sent to the explorer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../support/helpers.js';
import { serve, type Served } from '../support/serve.js';

const TRUSTED_ORIGIN = 'https://newsroom.example';
let h: Harness;
let api: Served;
let cached: Served;
beforeAll(async () => {
  h = await openHarness();
  api = await serve(h, { corsOrigins: [TRUSTED_ORIGIN] });
  cached = await serve(h, { cacheMaxAge: 60 });
});
afterAll(async () => {
  await api?.close();
  await cached?.close();
  await h?.close();
});

const getUrl = (base: string, params: Record<string, string>) => `${base}?${new URLSearchParams(params)}`;
const QUERY = { query: 'query Inspected { organisation(key: "hmic") { inspects { totalCount } } }' };

describe('GET', () => {
  it('runs a query when the request carries a header that forces a CORS preflight', async () => {
    const response = await fetch(getUrl(api.url, QUERY), { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { organisation: { inspects: { totalCount: 4 } } } });
  });

  it('runs a plain GET query too, as an anonymous reader: a cross-site link carries no credentials', async () => {
    const response = await fetch(getUrl(api.url, QUERY), { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { organisation: { inspects: { totalCount: 4 } } } });
    // ...whose answer the other site's script may not read.
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still refuses a plain GET mutation, and never runs it', async () => {
    const response = await fetch(
      getUrl(api.url, {
        query:
          'mutation { correctProperty(input: { entity: "hmic", property: "name", value: "X", reason: "r" }) { changed } }',
      }),
    );
    expect(response.status).toBe(405);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('refuses a cross-site form POST (text/plain) without running it', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: JSON.stringify(QUERY),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).data).toBeUndefined();
  });

  it('refuses a mutation over GET with 405 and Allow: POST', async () => {
    const requests: Record<string, string>[] = [
      { query: 'mutation { __typename }' },
      { query: 'query Q { __typename } mutation M { __typename }', operationName: 'M' },
    ];
    for (const params of requests) {
      const response = await fetch(getUrl(api.url, params), {
        headers: { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json' },
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
    }
  });

  it('runs the query of a document that also holds a mutation, when the query is the one named', async () => {
    const params = { query: 'query Q { __typename } mutation M { __typename }', operationName: 'Q' };
    const response = await fetch(getUrl(api.url, params), { headers: { 'apollo-require-preflight': 'true' } });
    // Until the schema has mutations, validation rejects the document as a whole (200 under
    // application/json); either way the GET guard let it through to GraphQL rather than answer 405.
    expect(response.status).toBe(200);
    const json = (await response.json()) as any;
    expect(json.data ?? json.errors[0].extensions.code).not.toBe('METHOD_NOT_ALLOWED');
    if (json.data) expect(json.data).toEqual({ __typename: 'Query' });
  });

  it('marks results cacheable when HTTP_CACHE_MAX_AGE is set, and no-store by default', async () => {
    const headers = { 'apollo-require-preflight': 'true' };
    expect((await fetch(getUrl(cached.url, QUERY), { headers })).headers.get('cache-control')).toBe(
      'max-age=60, public',
    );
    expect((await fetch(getUrl(api.url, QUERY), { headers })).headers.get('cache-control')).toBe('no-store');
  });

  it('sends a browser that opens /graphql to the explorer', async () => {
    const response = await fetch(api.url, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/explorer');
  });
});

describe('CORS', () => {
  const preflight = (base: string, origin: string) =>
    fetch(base, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'apollo-require-preflight,content-type',
      },
    });

  it('lets a configured origin through the preflight, with the CSRF header allowed', async () => {
    const response = await preflight(api.url, TRUSTED_ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(TRUSTED_ORIGIN);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/apollo-require-preflight/);
  });

  it('gives any other origin no CORS grant, so its browser withholds the answer', async () => {
    const response = await preflight(api.url, 'https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(getUrl(api.url, QUERY), {
      headers: { origin: 'https://evil.example', 'apollo-require-preflight': 'true' },
    });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('grants nothing at all when no origins are configured', async () => {
    const response = await preflight(cached.url, TRUSTED_ORIGIN);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
