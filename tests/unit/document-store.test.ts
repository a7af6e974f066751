// The store of parsed operation texts (src/server/document-store.ts) weighs a document by its text's
// length instead of serializing its tree. Its bound must be no looser than Apollo's default measure
// (the tree's JSON length): checked here on the densest texts and on every text the benchmark sends.
import 'reflect-metadata';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SUITE } from '../../bench/suite/index.js';
import { documentStore, documentWeight, TREE_BYTES_PER_CHARACTER } from '../../src/server/document-store.js';
import { CORPUS } from '../support/direct-corpus.js';

const treeBytes = (text: string) => Buffer.byteLength(JSON.stringify(parse(text)), 'utf8');

describe('document store', () => {
  it('weighs every document at least as heavy as its tree serialized', () => {
    const dense = [
      `{${'a '.repeat(500)}}`,
      `{${'a{b{c{d}}}'.repeat(200)}}`,
      `{${'a:b '.repeat(300)}}`,
      `{${'a{b}'.repeat(300)}}`,
      `{${'a{b c}'.repeat(200)}}`,
      `{${'a{'.repeat(200)}b${'}'.repeat(200)}}`,
      `{${'a{b@c}'.repeat(200)}}`,
      `{a(${Array.from({ length: 60 }, (_, i) => `a${i}:1`).join(',')})}`,
      `{a(b:[${'1,'.repeat(300)}])}`,
      'query($a:Int){x(a:$a,b:1,c:2){y}}',
      `{${'...F '.repeat(100)}} fragment F on Q{a}`,
    ];
    const texts = [...dense, ...SUITE.map((c) => c.api.query), ...CORPUS.map((c) => c.query)];
    for (const text of texts)
      expect(documentWeight(parse(text)), text.slice(0, 40)).toBeGreaterThanOrEqual(treeBytes(text));
    // The factor is not far above what the densest text needs.
    const densest = Math.max(...dense.map((t) => treeBytes(t) / t.length));
    expect(TREE_BYTES_PER_CHARACTER).toBeLessThan(densest * 1.2);
  });

  it('keeps documents and drops the least recently used beyond its bound', async () => {
    const texts = Array.from({ length: 10 }, (_, i) => `query Q${i} { organisation(key: "k") { key } }`);
    const store = documentStore(documentWeight(parse(texts[0]!)) * 3);
    for (const [i, text] of texts.entries()) await store.set(`h${i}`, parse(text));
    expect(await store.get('h0')).toBeUndefined();
    expect(await store.get('h9')).toMatchObject({ kind: 'Document' });
    const kept = (await Promise.all(texts.map((_, i) => store.get(`h${i}`)))).filter(Boolean);
    expect(kept).toHaveLength(3);
    await store.delete('h9');
    expect(await store.get('h9')).toBeUndefined();
  });
});
