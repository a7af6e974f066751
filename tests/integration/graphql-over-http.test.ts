// GraphQL over HTTP: response types, status codes, and the reference audit suite of the
// specification (graphql-http) run against the live API.
import { auditServer } from 'graphql-http';
import { get } from 'node:http';
import { describe, expect, it } from 'vitest';
import { serveForFile } from '../support/serve.js';

const api = serveForFile();

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

async function post(body: unknown, accept?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(accept ? { accept } : {}) };
  const response = await fetch(api().url, { method: 'POST', headers, body: JSON.stringify(body) });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    json: (await response.json()) as any,
  };
}

describe('response types', () => {
  it('answers in application/graphql-response+json when the client prefers it', async () => {
    const { status, type, json } = await post(
      { query: '{ organisation(key: "hmic") { key name } }' },
      GRAPHQL_RESPONSE,
    );
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/graphql-response\+json/);
    expect(json).toEqual({ data: { organisation: { key: 'hmic', name: 'HMIC' } } });
  });

  it('answers in application/json when asked, or when there is no Accept header', async () => {
    expect((await post({ query: '{ __typename }' }, 'application/json')).type).toMatch(/^application\/json/);
    expect((await post({ query: '{ __typename }' })).type).toMatch(/^application\/json/);
  });

  it('refuses with 406 a client that accepts neither', async () => {
    const response = await fetch(api().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/csv' },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(406);
  });
});

describe('status codes', () => {
  const broken = { query: '{ organisation(key: "hmic") { name ' };
  const invalid = { query: '{ organisation(key: "hmic") { colour } }' };

  it('gives 400 for a parse or validation error under graphql-response+json, with no data', async () => {
    for (const body of [broken, invalid]) {
      const { status, json } = await post(body, GRAPHQL_RESPONSE);
      expect(status).toBe(400);
      expect(json.data).toBeUndefined();
    }
    expect((await post(broken, GRAPHQL_RESPONSE)).json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await post(invalid, GRAPHQL_RESPONSE)).json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives 200 for the same errors under application/json, as the specification asks', async () => {
    const { status, json } = await post(invalid, 'application/json');
    expect(status).toBe(200);
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps 400 for a request that is not well-formed, whatever the client accepts', async () => {
    expect((await post({ query: 42 }, 'application/json')).status).toBe(400);
    const response = await fetch(api().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('gives 200 with data for an execution error (a key that is not a key)', async () => {
    const { status, json } = await post({ query: '{ organisation(key: "Not A Key") { name } }' }, GRAPHQL_RESPONSE);
    expect(status).toBe(200);
    expect(json).toHaveProperty('data');
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

/** A GET with exactly the headers given (fetch would add `cache-control: no-cache` to a conditional one). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    }).on('error', reject);
  });
}

describe('conditional GET', () => {
  it('revalidates a GET query’s answer by its ETag: 304 and no body while the answer is unchanged', async () => {
    const url = `${api().url}?${new URLSearchParams({ query: '{ organisation(key: "hmic") { name } }' })}`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[0-9a-f]+-/);
    expect(await rawGet(url, { 'if-none-match': etag! })).toEqual({ status: 304, body: '' });
    const stale = await rawGet(url, { 'if-none-match': 'W/"1-stale"' });
    expect(stale.status).toBe(200);
    expect(JSON.parse(stale.body)).toEqual({ data: { organisation: { name: 'HMIC' } } });
  });

  it('gives a POST’s answer no ETag: nothing revalidates a POST, so its answer is not hashed', async () => {
    // Twice: the second answer comes from the fast lane, the first from Apollo.
    for (let i = 0; i < 2; i++) {
      const response = await fetch(api().url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organisation(key: "hmic") { name } }' }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBeNull();
      expect(await response.json()).toEqual({ data: { organisation: { name: 'HMIC' } } });
    }
  });
});

describe('the graphql-http audit suite', () => {
  it('passes every audit, MUST, SHOULD and MAY alike, with no header beyond the suite’s own', async () => {
    // The three MAY items on GET (urlencoded GET requests, JSON variables in a GET) pass because a GET
    // query needs no header forcing a CORS preflight (src/server/graphql-http.ts says why that is safe).
    const results = await auditServer({ url: api().url });
    const failed = results
      .filter((r) => r.status !== 'ok')
      .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(results.length).toBeGreaterThan(50);
    expect(results.filter((r) => r.name.startsWith('MAY')).length).toBeGreaterThan(10);
    expect(failed).toEqual([]);
  });

  it('passes them as well when a client adds the preflight header, as Apollo Client does', async () => {
    const preflighted: typeof fetch = (input, init = {}) =>
      fetch(input, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), 'apollo-require-preflight': 'true' },
      });
    const results = await auditServer({ url: api().url, fetchFn: preflighted });
    expect(results.filter((r) => r.status !== 'ok').map((r) => r.id)).toEqual([]);
  });
});
