// The store of automatic persisted queries: bounded by total size, least recently used out first,
// and a hash matched against either the exact or the normalised text.
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { parse } from 'graphql';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createPersistedQueries, hashMatches } from '../../src/server/persisted-queries.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('createPersistedQueries', () => {
  it('never holds more than its size, however many queries are registered', () => {
    const store = createPersistedQueries({ maxBytes: 64 * 1024 });
    const query = (i: number) => `{ entity(key: "k${i}") { name } }`.padEnd(1000, ' ');
    for (let i = 0; i < 10_000; i++) store.remember(sha256(query(i)), query(i));
    expect(store.totalLength * 2).toBeLessThanOrEqual(64 * 1024);
    expect(store.size).toBe(32);
    expect(store.lookup(sha256(query(0)))).toBeUndefined();
    expect(store.lookup(sha256(query(9_999)))).toBe(query(9_999));
  });

  it('evicts the least recently used first', () => {
    const store = createPersistedQueries({ maxBytes: 3 * 2 * 10 });
    for (const q of ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc']) store.remember(sha256(q), q);
    store.lookup(sha256('aaaaaaaaaa'));
    store.remember(sha256('dddddddddd'), 'dddddddddd');
    expect(store.lookup(sha256('bbbbbbbbbb'))).toBeUndefined();
    expect(store.lookup(`sha256:${sha256('aaaaaaaaaa')}`)).toBe('aaaaaaaaaa');
  });

  it('is sized by PERSISTED_QUERIES_CACHE_MB', () => {
    expect(loadConfig({}).persistedQueriesMaxBytes).toBe(8 * 1024 * 1024);
    expect(loadConfig({ PERSISTED_QUERIES_CACHE_MB: '1' }).persistedQueriesMaxBytes).toBe(1024 * 1024);
    expect(() => loadConfig({ PERSISTED_QUERIES_CACHE_MB: 'lots' })).toThrow(/PERSISTED_QUERIES_CACHE_MB/);
  });
});

describe('hashMatches', () => {
  const text = 'query Q { organisation(key: "hmic") { name } }';
  it('accepts the hash of the exact text or of its normalised form, in either spelling', () => {
    expect(hashMatches(sha256(text), text)).toBe(true);
    expect(hashMatches(`sha256:${sha256(text)}`, text)).toBe(true);
    // graphql-codegen's persisted documents hash the normalised text (one line, sorted selections).
    const laidOut = 'query Q {\n  organisation(key: "hmic") {\n    name\n  }\n}';
    const normalised = printExecutableGraphQLDocument(parse(laidOut));
    expect(normalised).not.toBe(laidOut);
    expect(hashMatches(sha256(normalised), laidOut)).toBe(true);
  });
  it('refuses any other hash', () => {
    expect(hashMatches(sha256(text + ' '), text.replace('name', 'key'))).toBe(false);
    expect(hashMatches('0'.repeat(64), text)).toBe(false);
    expect(hashMatches(sha256('{'), '{ not graphql')).toBe(false);
  });
});
