// The typed client an embedding app imports, against the live API over HTTP.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, GraphQLRequestError, NetworkError } from '../../packages/client/src/index.js';
import { EntityByKey, RecommendationsAndDeadlines, WhomDoesHmicInspect } from '../../packages/client/src/operations.js';
import { openHarness, type Harness } from '../support/helpers.js';
import { serve, type Served } from '../support/serve.js';

let h: Harness;
let api: Served;
let strict: Served;
let unaware: Served;
beforeAll(async () => {
  h = await openHarness();
  api = await serve(h);
  strict = await serve(h, { enforceTrustedDocuments: true });
  // A server that has never heard of the client's documents (an older deployment, say).
  const empty = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'empty.json');
  writeFileSync(empty, '{}');
  unaware = await serve(h, { manifests: [empty] });
});
afterAll(async () => {
  for (const served of [api, strict, unaware]) await served?.close();
  await h?.close();
});

describe('createClient', () => {
  it('returns typed data by POST', async () => {
    const client = createClient({ url: api.url });
    const data = await client.request(RecommendationsAndDeadlines);
    // Typed: `recommends` is known to the compiler, so a typo here would not build.
    expect(data.document?.recommends.totalCount).toBe(6);
    expect(data.document?.recommends.nodes.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('returns the same data by GET, with variables, and sends the CSRF header itself', async () => {
    const requests: string[] = [];
    const spy: typeof fetch = (input, init) => (requests.push(`${init?.method} ${String(input)}`), fetch(input, init));
    const client = createClient({ url: api.url, method: 'GET', fetch: spy });
    const data = await client.request(WhomDoesHmicInspect, { first: 2 });
    expect(data.organisation?.inspects.edges.map((e) => e.node.key)).toEqual(['btp', 'police-forces-england-wales']);
    expect(requests[0]).toMatch(/^GET .*\/graphql\?.*query=/);
  });

  it('sends only the hash when persisted, which trusted-documents mode runs', async () => {
    const bodies: string[] = [];
    const spy: typeof fetch = (input, init) => (bodies.push(String(init?.body)), fetch(input, init));
    const client = createClient({ url: strict.url, persisted: true, fetch: spy });
    const data = await client.request(EntityByKey, { key: 'psni' });
    expect(data.entity?.name).toBe('Police Service of Northern Ireland');
    expect(JSON.parse(bodies[0]!)).toEqual({
      documentId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      operationName: 'EntityByKey',
      variables: { key: 'psni' },
    });
  });

  it('falls back to the full text when the server does not know the hash, and remembers that', async () => {
    const requests: string[] = [];
    const spy: typeof fetch = (input, init) => (
      requests.push(new URL(String(input)).searchParams.has('documentId') ? 'hash' : 'text'), fetch(input, init)
    );
    const client = createClient({ url: unaware.url, persisted: true, method: 'GET', fetch: spy });
    expect((await client.request(EntityByKey, { key: 'hmic' })).entity?.key).toBe('hmic');
    expect(requests).toEqual(['hash', 'text']);
    // The next request of that document goes as text at once: one request, not two.
    expect((await client.request(EntityByKey, { key: 'psni' })).entity?.key).toBe('psni');
    expect(requests).toEqual(['hash', 'text', 'text']);
  });

  it('surfaces errors with their stable codes', async () => {
    const client = createClient({ url: api.url });
    const error = await client.request(EntityByKey, { key: 'Not A Key' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).codes).toEqual(['BAD_USER_INPUT']);
    expect((error as GraphQLRequestError).errors[0]!.path).toEqual(['entity']);
  });

  it('says so when the URL does not answer with GraphQL', async () => {
    const client = createClient({ url: new URL('/no-such-endpoint', api.url).toString() });
    const error = (await client.request(EntityByKey, { key: 'hmic' }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.codes).toEqual(['BAD_RESPONSE']);
    expect(error.status).toBe(404);
  });

  it('throws a NetworkError when nothing answers at the URL', async () => {
    // A port that was just free: bound, read, closed, so nothing listens there.
    const closed = await serve(h);
    await closed.close();
    const client = createClient({ url: closed.url });
    const error = await client.request(EntityByKey, { key: 'hmic' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBeInstanceOf(TypeError);
  });
});
