// Answers that may be cached: public for anonymous readers when HTTP_CACHE_MAX_AGE is set, but
// private (never kept by a shared cache) for a signed-in reader, who may see what others may not, and
// for everyone when reads require a token.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/schema/context.js';
import { createServer } from '../../src/server/create-server.js';
import { CURATOR } from '../support/curation-helpers.js';
import { type Harness, openHarness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

async function cacheControl(
  readsRequireToken: boolean,
  context: Context,
  { cacheMaxAge = 60, query = '{ organisation(key: "hmic") { name } }', failing = false } = {},
): Promise<string | undefined> {
  const server = createServer({ cacheMaxAge, readsRequireToken });
  await server.start();
  try {
    const response = await server.executeOperation({ query }, { contextValue: context });
    expect(Boolean(response.body.kind === 'single' && response.body.singleResult.errors)).toBe(failing);
    return response.http.headers.get('cache-control');
  } finally {
    await server.stop();
  }
}

describe('cache-control of answers', () => {
  it('is public for an anonymous reader', async () => {
    expect(await cacheControl(false, h.context)).toBe('max-age=60, public');
  });

  it('is private for a signed-in reader', async () => {
    expect(await cacheControl(false, { ...h.context, viewer: CURATOR })).toBe('max-age=60, private');
  });

  it('is no-store on every answer without a max-age, failed ones included, for any reader', async () => {
    const options = { cacheMaxAge: 0 };
    expect(await cacheControl(false, h.context, options)).toBe('no-store');
    expect(await cacheControl(false, { ...h.context, viewer: CURATOR }, options)).toBe('no-store');
    expect(await cacheControl(true, { ...h.context, viewer: CURATOR }, options)).toBe('no-store');
    const nested = '{ organisation(key: "hmic") { published(first: 3) { totalCount nodes { key name } } } }';
    expect(await cacheControl(false, h.context, { ...options, query: nested })).toBe('no-store');
    const bad = { ...options, query: '{ organisation(key: "") { name } }', failing: true };
    expect(await cacheControl(false, h.context, bad)).toBe('no-store');
  });

  it('is private for everyone when reads require a token', async () => {
    expect(await cacheControl(true, { ...h.context, viewer: CURATOR })).toBe('max-age=60, private');
  });
});
