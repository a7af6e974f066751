// Every fact points back to the shipped source: each excerpt on every node and relationship in the
// graph occurs verbatim in data/hmic-press-release-002-2009.txt.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODES, RELATIONSHIPS, SOURCE_DOCUMENT, SOURCE_FILE } from '../../src/data/facts.js';
import { projectPath } from '../../src/paths.js';
import { openHarness, type Harness } from '../helpers.js';

const source = readFileSync(projectPath(SOURCE_FILE), 'utf8');

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

describe('provenance', () => {
  it('every excerpt stored in the graph occurs verbatim in the shipped source', async () => {
    const result = await h.db.read<{ kind: string; docs: string[]; excerpts: string[]; what: string }>(`
      MATCH (n:Entity) RETURN 'node' AS kind, n.key AS what, n.sourceDocuments AS docs, n.sourceExcerpts AS excerpts
      UNION ALL
      MATCH (a:Entity)-[r]->(b:Entity) RETURN 'relationship' AS kind, a.key + ' ' + type(r) + ' ' + b.key AS what,
        r.sourceDocuments AS docs, r.sourceExcerpts AS excerpts`);
    expect(result.records.length).toBe(NODES.length + RELATIONSHIPS.length);
    for (const record of result.records) {
      const { kind, what, docs, excerpts } = record.toObject();
      expect(excerpts?.length, `${kind} ${what} has no excerpt`).toBeGreaterThan(0);
      expect(docs).toEqual(excerpts.map(() => SOURCE_DOCUMENT));
      for (const excerpt of excerpts) {
        expect(source.includes(excerpt), `${kind} ${what}: "${excerpt}" is not in the source`).toBe(true);
      }
    }
  });

  it('the source document itself is in the graph, and the file ships with its attribution', async () => {
    const doc = await h.db.read('MATCH (d:Document {key: $key}) RETURN d.reference AS ref', { key: SOURCE_DOCUMENT });
    expect(doc.records[0]?.get('ref')).toBe('#002/2009');
    const attribution = readFileSync(projectPath('data/ATTRIBUTION.md'), 'utf8');
    expect(attribution).toMatch(/Open Government Licence/);
    expect(attribution).toMatch(/Crown copyright/);
  });

  it('a fact with an altered excerpt would be caught', () => {
    // Guards the check above against passing vacuously: curly quotes matter.
    expect(source.includes('Denis O\'Connor, HM Chief Inspector')).toBe(false);
    expect(source.includes('Denis O’Connor, HM Chief Inspector')).toBe(true);
  });
});
