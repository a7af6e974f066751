// Automatic persisted queries through Apollo Client's own persisted-query link, unmodified, against
// the live API: hash first, then hash and text, which the server checks and remembers; a wrong hash is
// refused; trusted-documents mode runs only registered documents whatever the client sends.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { print } from 'graphql';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TheFourStrands } from '../../packages/client/src/operations.js';
import { createPersistedQueries, type PersistedQueries } from '../../src/server/persisted-queries.js';
import { openHarness, type Harness } from '../support/helpers.js';
import { serve, type Served } from '../support/serve.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let h: Harness;
let open: Served;
let strict: Served;
let remembered: PersistedQueries;
beforeAll(async () => {
  h = await openHarness();
  remembered = createPersistedQueries({ maxBytes: 1024 * 1024 });
  open = await serve(h, { persistedQueries: remembered });
  strict = await serve(h, { enforceTrustedDocuments: true });
});
afterAll(async () => {
  for (const served of [open, strict]) await served?.close();
  await h?.close();
});

interface Sent {
  method: string;
  hash?: string;
  query?: string;
  status: number;
}

/** An Apollo Client with the persisted-query link, recording what each request carried. */
function apollo(url: string, options: { useGETForHashedQueries?: boolean } = {}) {
  const sent: Sent[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const target = new URL(String(input));
    const params = init?.method === 'GET' ? Object.fromEntries(target.searchParams) : JSON.parse(String(init?.body));
    const extensions = typeof params.extensions === 'string' ? JSON.parse(params.extensions) : params.extensions;
    const response = await fetch(input, init);
    sent.push({
      method: init?.method ?? 'GET',
      hash: extensions?.persistedQuery?.sha256Hash,
      query: params.query,
      status: response.status,
    });
    return response;
  };
  const link = new PersistedQueryLink({ sha256, ...options }).concat(new HttpLink({ uri: url, fetch: recordingFetch }));
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

const WHO_LEADS = gql`
  query WhoLeadsPersisted {
    organisation(key: "hmic") { name posts { nodes { name holders { nodes { name } } } } }
  }
`;

describe('automatic persisted queries (trusted documents off)', () => {
  it('sends the hash, then hash and text once; the server remembers it for every later client', async () => {
    const first = apollo(open.url);
    const { data } = await first.client.query({ query: WHO_LEADS });
    expect((data as any).organisation.posts.nodes[0].holders.nodes[0].name).toBe('Denis O’Connor');
    // Hash alone (refused: unknown), then hash with text; Apollo hashes the text as it sends it
    // (with the __typename fields its cache adds), and that is what the server checks and keeps.
    const [hashOnly, withText] = first.sent;
    const hash = withText!.hash!;
    expect(hash).toBe(sha256(withText!.query!));
    expect(first.sent).toEqual([
      { method: 'POST', hash, query: undefined, status: 400 },
      { method: 'POST', hash, query: expect.stringContaining('WhoLeadsPersisted'), status: 200 },
    ]);
    expect(hashOnly!.hash).toBe(hash);
    expect(remembered.lookup(hash)).toBe(withText!.query);

    // Another client (say, another browser) pays one request: the hash alone, by GET too.
    const second = apollo(open.url, { useGETForHashedQueries: true });
    const again = await second.client.query({ query: WHO_LEADS });
    expect(again.data).toEqual(data);
    expect(second.sent).toEqual([{ method: 'GET', hash, query: undefined, status: 200 }]);
  });

  it('refuses a text sent under another text’s hash, and remembers neither', async () => {
    const text = '{ organisation(key: "psni") { name } }';
    const otherHash = sha256('{ organisation(key: "hmic") { name } }');
    const response = await fetch(open.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: text, extensions: { persistedQuery: { version: 1, sha256Hash: otherHash } } }),
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    expect(remembered.lookup(otherHash)).toBeUndefined();
    expect(remembered.lookup(sha256(text))).toBeUndefined();
  });

  it('refuses a persisted-query version it does not know', async () => {
    const response = await fetch(open.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ __typename }') } } }),
    });
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('automatic persisted queries in trusted-documents mode', () => {
  it('runs a registered document sent with its hash, but remembers nothing', async () => {
    const text = print(TheFourStrands);
    const post = async (params: object) => {
      const response = await fetch(strict.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params),
      });
      return (await response.json()) as any;
    };
    const persistedQuery = { version: 1, sha256Hash: sha256(text) };
    expect((await post({ query: text, extensions: { persistedQuery } })).data.strategy.strands.totalCount).toBe(4);
    // The exact-text hash is not a registered one, so it is still unknown next time.
    expect((await post({ extensions: { persistedQuery } })).errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
  });

  it('refuses an unregistered operation even with its correct hash', async () => {
    const { client } = apollo(strict.url);
    const error = await client.query({ query: WHO_LEADS }).catch((e: unknown) => e);
    expect(JSON.stringify(error)).toContain('OPERATION_NOT_TRUSTED');
    const hashOnly = await fetch(strict.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(print(WHO_LEADS)) } } }),
    });
    expect(((await hashOnly.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
