// Trusted documents: in production mode only registered operations run; by default anything does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../packages/client/src/generated/persisted-documents.json' with { type: 'json' };
import { TheFourStrands, WhomDoesHmicInspect } from '../../packages/client/src/operations.js';
import { CLIENT_MANIFEST, loadTrustedDocuments } from '../../src/server/trusted-documents.js';
import { openHarness, type Harness } from '../support/helpers.js';
import { serve, type Served } from '../support/serve.js';

let h: Harness;
let strict: Served;
let open: Served;
beforeAll(async () => {
  h = await openHarness();
  strict = await serve(h, { enforceTrustedDocuments: true });
  open = await serve(h);
});
afterAll(async () => {
  await strict?.close();
  await open?.close();
  await h?.close();
});

const hashOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;
const UNREGISTERED = '{ organisation(key: "hmic") { name inspects { nodes { name } } } }';

async function post(api: Served, body: unknown) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as any };
}

describe('trusted-documents mode', () => {
  it('runs a registered operation sent as text, however it is formatted', async () => {
    const { status, json } = await post(strict, { query: print(TheFourStrands) });
    expect(status).toBe(200);
    expect(json.data.strategy.strands.totalCount).toBe(4);
    const reformatted = print(TheFourStrands).replace(/\s+/g, ' ');
    expect((await post(strict, { query: reformatted })).json.data.strategy.strands.totalCount).toBe(4);
  });

  it('runs a registered operation named by its documentId, by POST and by GET', async () => {
    const body = { documentId: hashOf(WhomDoesHmicInspect), variables: { first: 2 } };
    expect((await post(strict, body)).json.data.organisation.inspects.edges).toHaveLength(2);
    const params = new URLSearchParams({ documentId: body.documentId, variables: JSON.stringify(body.variables) });
    const response = await fetch(`${strict.url}?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await response.json()) as any).data.organisation.inspects.totalCount).toBe(4);
  });

  it('accepts Apollo’s persisted-query extension for the same hash', async () => {
    const sha256Hash = hashOf(TheFourStrands).replace('sha256:', '');
    const { json } = await post(strict, { extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(json.data.strategy.name).toBeTruthy();
  });

  it('refuses an operation that is not registered, with a stable code and without running it', async () => {
    const { status, json } = await post(strict, { query: UNREGISTERED });
    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(json.errors[0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
  });

  it('refuses a registered operation with one field added', async () => {
    const tampered = print(TheFourStrands).replace('name', 'name id');
    expect((await post(strict, { query: tampered })).json.errors[0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
  });

  it('answers an unknown documentId with PERSISTED_QUERY_NOT_FOUND', async () => {
    const { status, json } = await post(strict, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('default (development) mode', () => {
  it('runs any operation, and still resolves a documentId', async () => {
    expect((await post(open, { query: UNREGISTERED })).json.data.organisation.name).toBe('HMIC');
    expect((await post(open, { documentId: hashOf(TheFourStrands) })).json.data.strategy.strands.totalCount).toBe(4);
  });
});

describe('the manifest', () => {
  it('registers every operation of the client', () => {
    const registry = loadTrustedDocuments({ enforce: true, manifests: [CLIENT_MANIFEST] });
    expect(registry.size).toBe(Object.keys(manifest).length);
    expect(registry.isRegistered(print(WhomDoesHmicInspect))).toBe(true);
  });

  it('is refused at start-up when an entry does not hash to its text', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'tampered.json');
    const [hash] = Object.keys(manifest);
    writeFileSync(file, JSON.stringify({ [hash!]: UNREGISTERED }));
    expect(() => loadTrustedDocuments({ enforce: true, manifests: [file] })).toThrow(
      /does not match the hash of its text/,
    );
  });
});
