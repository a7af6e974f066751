// Every fact points back to its shipped source: each source of every node and relationship in the
// graph is locatable in its document's text by W3C Web Annotation selectors (offsets and quote).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODES, RELATIONSHIPS, SOURCE_DOCUMENT, SOURCE_FILE } from '../../src/data/facts.js';
import { passage } from '../../src/data/selectors.js';
import { projectPath } from '../../src/paths.js';
import { data, openHarness, type Harness } from '../support/helpers.js';

const source = readFileSync(projectPath(SOURCE_FILE), 'utf8');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

describe('provenance', () => {
  it('every source in the graph: text[start:end] is exact, and prefix+exact+suffix occurs exactly once', async () => {
    const result = await h.db.read(`
      MATCH (n:Entity) RETURN n.key AS what, n.sourceDocuments AS docs, n.sourceExcerpts AS exact, n.sourceStarts AS starts,
        n.sourceEnds AS ends, n.sourcePrefixes AS prefixes, n.sourceSuffixes AS suffixes
      UNION ALL
      MATCH (a:Entity)-[r]->(b:Entity) RETURN a.key + ' ' + type(r) + ' ' + b.key AS what, r.sourceDocuments AS docs,
        r.sourceExcerpts AS exact, r.sourceStarts AS starts, r.sourceEnds AS ends, r.sourcePrefixes AS prefixes, r.sourceSuffixes AS suffixes`);
    expect(result.records.length).toBe(NODES.length + RELATIONSHIPS.length);
    const texts = new Map<string, string>();
    for (const r of (
      await h.db.read('MATCH (d:Document) WHERE d.fullText IS NOT NULL RETURN d.key AS key, d.fullText AS text')
    ).records) {
      texts.set(r.get('key'), r.get('text'));
    }
    expect(texts.get(SOURCE_DOCUMENT)).toBe(source);
    let checked = 0;
    for (const record of result.records) {
      const { what, docs, exact, starts, ends, prefixes, suffixes } = record.toObject();
      expect(exact?.length, `${what} has no source`).toBeGreaterThan(0);
      exact.forEach((e: string, i: number) => {
        const text = texts.get(docs[i])!;
        expect(text, `${what}: document ${docs[i]} has no text`).toBeTypeOf('string');
        const [start, end] = [Number(starts[i]), Number(ends[i])];
        expect(passage(text, start, end), `${what}: offsets ${start}-${end}`).toBe(e);
        expect(occurrences(text, prefixes[i] + e + suffixes[i]), `${what}: quote selector of "${e}"`).toBe(1);
        expect(prefixes[i].length).toBeLessThanOrEqual(64);
        checked++;
      });
    }
    console.log(
      `provenance: ${result.records.length} nodes and relationships, ${checked} sources located by offsets and quote selectors`,
    );
    expect(checked).toBeGreaterThan(result.records.length);
  });

  it('serves the selectors and the text through the API', async () => {
    const d = await data<any>(
      h,
      `{ statement(key: "statement-oconnor-shared-responsibility") { text sources { exact prefix suffix start end document { key text licence } } } }`,
    );
    const [s] = d.statement.sources;
    expect(s.exact).toMatch(
      /a responsibility shared between police, their partners and the community working together – according to Denis O’Connor/,
    );
    expect(s.document.key).toBe(SOURCE_DOCUMENT);
    expect(passage(s.document.text, s.start, s.end)).toBe(s.exact);
    expect(s.document.text.slice(0, s.start).endsWith(s.prefix)).toBe(true);
    expect(s.document.licence).toBe('Open Government Licence v3.0');
    const hits = await data<any>(h, `{ search(text: "responsibility shared") { entity { key } } }`);
    expect(hits.search.map((x: { entity: { key: string } }) => x.entity.key)).toContain(
      'statement-oconnor-shared-responsibility',
    );
  });

  it('the file ships with its attribution', () => {
    const attribution = readFileSync(projectPath('data/documents/hmic-press-release-002-2009/ATTRIBUTION.md'), 'utf8');
    expect(attribution).toMatch(/Open Government Licence/);
    expect(attribution).toMatch(/Crown copyright/);
  });

  it('a fact with an altered excerpt would be caught', () => {
    // Guards the check above against passing vacuously: curly quotes matter.
    expect(source.includes("Denis O'Connor, HM Chief Inspector")).toBe(false);
    expect(source.includes('Denis O’Connor, HM Chief Inspector')).toBe(true);
  });
});
