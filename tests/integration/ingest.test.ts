// Source documents as data folders: every claim is checked before anything is written, two
// documents coexist (an entity both state is one entity with sources from both), and removing a
// document removes only what no other document states. Uses a FICTIONAL document (tests/fixtures).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsError, readDocumentFolder } from '../../src/data/claims-file.js';
import { bundledFolders, loadDocuments, loadFacts, removeDocument } from '../../src/data/load.js';
import { projectPath } from '../../src/paths.js';
import { graphChecksum } from '../support/checksum.js';
import { CURATOR, id, runAs } from '../support/curation-helpers.js';
import { data, openHarness, type Harness } from '../support/helpers.js';

const FIXTURE = projectPath('tests/fixtures/documents/fictional-review');

let h: Harness;
let scratch: string;
beforeAll(async () => {
  h = await openHarness();
  scratch = mkdtempSync(path.join(os.tmpdir(), 'claims-'));
});
afterAll(async () => {
  await removeDocument(h.db, 'fictional-northshire-review');
  await loadFacts(h.db);
  rmSync(scratch, { recursive: true, force: true });
  await h.close();
});

/** A copy of the fixture with its claims.yaml edited. */
function broken(name: string, edit: (yaml: string) => string): string {
  const folder = path.join(scratch, name);
  cpSync(FIXTURE, folder, { recursive: true });
  const file = path.join(folder, 'claims.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return folder;
}

/** The line of the fixture's claims.yaml where `text` first occurs. */
const lineOf = (text: string) =>
  readFileSync(path.join(FIXTURE, 'claims.yaml'), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

function problemsOf(folder: string): string[] {
  try {
    readDocumentFolder(folder);
  } catch (error) {
    if (error instanceof ClaimsError) return error.problems;
    throw error;
  }
  return [];
}

describe('claims are checked before anything is written', () => {
  it('names the file, the line and the claim of each problem', () => {
    expect(problemsOf(broken('type', (y) => y.replace('type: Finding', 'type: Verdict')))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          `claims.yaml:${lineOf('type: Finding')}: entity fictional-finding-board: type Verdict is not an entity type of the model`,
        ),
      ]),
    );
    expect(problemsOf(broken('kind', (y) => y.replace('type: INSPECTS', 'type: OVERSEES')))).toEqual([
      expect.stringMatching(
        `claims.yaml:${lineOf('type: INSPECTS')}: relationship hmic OVERSEES fictional-northshire-constabulary: OVERSEES is not a relationship kind of the model`,
      ),
    ]);
    expect(
      problemsOf(
        broken('excerpt', (y) =>
          y.replace('sources: [the fictional Northshire Constabulary]', 'sources: [the Northshire Police]'),
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        `claims.yaml:${lineOf('sources: [the fictional Northshire')}: entity fictional-northshire-constabulary: excerpt not in the text: "the Northshire Police"`,
      ),
    ]);
    expect(
      problemsOf(
        broken('twice', (y) => y.replace('sources: [the fictional Northshire Constabulary]', 'sources: [HMIC]')),
      ),
    ).toEqual([
      expect.stringMatching(
        `claims.yaml:${lineOf('sources: [the fictional Northshire')}: entity fictional-northshire-constabulary: excerpt "HMIC" occurs 2 times: give occurrence`,
      ),
    ]);
    expect(
      problemsOf(
        broken('disambiguated', (y) =>
          y.replace('sources: [the fictional Northshire Constabulary]', 'sources: [{ exact: HMIC, occurrence: 2 }]'),
        ),
      ),
    ).toEqual([]);
    expect(problemsOf(broken('key', (y) => y.replace('key: fictional-northshire-constabulary', 'key: hmic')))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          `claims.yaml:${lineOf('key: fictional-northshire-constabulary')}: entity hmic: key hmic is stated twice in this file`,
        ),
      ]),
    );
    expect(
      problemsOf(
        broken('date', (y) =>
          y.replace('key: 2011-03-02', 'key: 2011-02-30').replace('to: 2011-03-02', 'to: 2011-02-30'),
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        `claims.yaml:${lineOf('key: 2011-03-02')}: entity 2011-02-30: 2011-02-30 is not a valid date`,
      ),
    ]);
    expect(
      problemsOf(
        broken('schema', (y) =>
          y.replace(
            "basis: INFERRED\n    rationale: HMIC reviewed the force, so the review is read as HMIC's.",
            'basis: INFERRED',
          ),
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        `claims.yaml:${lineOf('type: PUBLISHED')}: relationship hmic PUBLISHED fictional-northshire-review: /relationships/0 must have required property 'rationale'`,
      ),
    ]);
  });

  it('writes nothing when one claim of one folder fails', async () => {
    const before = await graphChecksum(h.db);
    const bad = broken('bad-load', (y) => y.replace('type: INSPECTS', 'type: OVERSEES'));
    await expect(loadDocuments(h.db, [...bundledFolders(), bad])).rejects.toBeInstanceOf(ClaimsError);
    expect(await graphChecksum(h.db)).toEqual(before);
  });
});

describe('two documents in one graph', () => {
  it('coexist; an organisation both state is one entity with sources from both; removal takes only what no other document states', async () => {
    const original = await graphChecksum(h.db);
    await loadDocuments(h.db, [...bundledFolders(), FIXTURE]);
    const d = await data<any>(
      h,
      `{ organisation(key: "hmic") { sources { document { key } exact start end }
           inspects(first: 10) { nodes { key } } published { nodes { key } } }
         documents(filter: { publishedBy: "hmic" }) { totalCount } }`,
    );
    const docs = new Set(d.organisation.sources.map((s: { document: { key: string } }) => s.document.key));
    expect(docs).toEqual(new Set(['pr-2009-002', 'fictional-northshire-review']));
    expect(d.organisation.inspects.nodes.map((n: { key: string }) => n.key)).toContain(
      'fictional-northshire-constabulary',
    );
    expect(d.organisation.published.nodes.map((n: { key: string }) => n.key).sort()).toEqual([
      'fictional-northshire-review',
      'prevent-progress-and-prospects',
    ]);
    expect((await h.db.read('MATCH (n:Entity {key: "hmic"}) RETURN count(n) AS n')).records[0]?.get('n')).toBe(1);

    // Loading both again changes nothing.
    const both = await graphChecksum(h.db);
    await loadDocuments(h.db, [...bundledFolders(), FIXTURE]);
    expect(await graphChecksum(h.db)).toEqual(both);

    await removeDocument(h.db, 'fictional-northshire-review');
    await loadFacts(h.db);
    const left = await h.db.read(
      'MATCH (n:Entity) WHERE n.key STARTS WITH "fictional" OR n.key = "2011-03-02" RETURN count(n) AS n',
    );
    expect(left.records[0]?.get('n')).toBe(0);
    const hmic = await data<any>(
      h,
      `{ organisation(key: "hmic") { sources { document { key } } inspects(first: 10) { totalCount } } }`,
    );
    expect(new Set(hmic.organisation.sources.map((s: { document: { key: string } }) => s.document.key))).toEqual(
      new Set(['pr-2009-002']),
    );
    expect(hmic.organisation.inspects.totalCount).toBe(4);
    expect(await graphChecksum(h.db)).toEqual(original);
  });

  it('the fictional document is not among the folders npm start loads', () => {
    expect(bundledFolders().some((f) => f.includes('fictional'))).toBe(false);
    expect(readFileSync(path.join(FIXTURE, 'text.txt'), 'utf8')).toMatch(/^FICTIONAL TEST DOCUMENT/);
  });
});

describe('stated or inferred, and evidence', () => {
  it('marks readings INFERRED with a rationale and who inferred them; filters accept basis', async () => {
    const d = await data<any>(
      h,
      `{ inferred: recommendations(filter: { basis: INFERRED }) { totalCount }
         stated: recommendations(filter: { basis: STATED }) { totalCount }
         r: recommendation(key: "rec-2009-4") { basis basisRationale inferredBy inferences { property rationale inferredBy }
              addressedTo { edges { node { key } relationship { basis rationale inferredBy } } }
              dueBy { edges { relationship { basis sources { exact } } } } } }`,
    );
    expect(d.inferred.totalCount).toBe(6);
    expect(d.stated.totalCount).toBe(0);
    expect(d.r.basis).toBe('INFERRED');
    expect(d.r.inferredBy).toBe('loader');
    expect(d.r.basisRationale).toMatch(/bullets/);
    expect(d.r.inferences.map((i: { property: string }) => i.property).sort()).toEqual(['name', 'number']);
    expect(d.r.addressedTo.edges[0].relationship).toMatchObject({
      basis: 'INFERRED',
      inferredBy: 'loader',
      rationale: expect.stringMatching(/43 police forces/),
    });
    expect(d.r.dueBy.edges[0].relationship.basis).toBe('STATED');
    expect(d.r.dueBy.edges[0].relationship.sources[0].exact).toBe(
      'All forces to ensure appropriate minimum levels of capability in place by March 2010.',
    );
  });

  it('answers what evidence supports a recommendation in one query, and what the text says about a strand', async () => {
    const d = await data<any>(
      h,
      `{ recommendation(key: "rec-2009-1") { supportedBy { edges { node { key text sources { exact } } relationship { basis rationale } } } }
         strand(key: "prevent") { mentionedBy(first: 20) { edges { node { key } relationship { basis sources { exact } } } } } }`,
    );
    const evidence = d.recommendation.supportedBy.edges;
    expect(evidence.map((e: { node: { key: string } }) => e.node.key).sort()).toEqual([
      'finding-maturity',
      'finding-target-funding',
    ]);
    for (const e of evidence)
      expect(e.relationship).toMatchObject({ basis: 'INFERRED', rationale: expect.any(String) });
    const mentions = d.strand.mentionedBy.edges;
    expect(mentions.length).toBeGreaterThanOrEqual(6);
    for (const m of mentions) {
      expect(m.relationship.basis).toBe('STATED');
      for (const s of m.relationship.sources) expect(s.exact).toMatch(/Prevent/);
    }
  });

  it('lets a curator add an evidence link as INFERRED with a rationale, located in the text, and remove it again', async () => {
    const input = {
      from: id('Recommendation', 'rec-2009-5'),
      type: 'SUPPORTED_BY',
      to: id('Finding', 'finding-relationships'),
      source: {
        document: id('Document', 'pr-2009-002'),
        excerpt: 'forces with well developed relationships and processes to support ‘Prevent’',
      },
      rationale: 'Sharing security information is one of the processes that bring success.',
    };
    const link = `mutation($i: LinkEntitiesInput!) { linkEntities(input: $i) { changed auditRecord { key } } }`;
    const added = await runAs(h, CURATOR, link, { i: input });
    expect(added.errors).toBeUndefined();
    expect((added.data as any).linkEntities.changed).toBe(true);
    const d = await data<any>(
      h,
      `{ recommendation(key: "rec-2009-5") { supportedBy { edges { node { key } relationship { basis rationale inferredBy sources { exact start end prefix } } } } } }`,
    );
    const edge = d.recommendation.supportedBy.edges.find((e: any) => e.node.key === 'finding-relationships');
    // The link names the curator by display name; the token subject stays in the audit record.
    expect(JSON.stringify(edge)).not.toContain('curator-1');
    expect(edge.relationship).toMatchObject({
      basis: 'INFERRED',
      inferredBy: 'curator Test Curator',
      rationale: input.rationale,
    });
    expect(edge.relationship.sources[0]).toMatchObject({
      exact: input.source.excerpt,
      start: expect.any(Number),
      prefix: expect.any(String),
    });
    const again = await runAs(h, CURATOR, link, { i: input });
    expect((again.data as any).linkEntities.changed).toBe(false);
    const removed = await runAs(h, CURATOR, link, { i: { ...input, rationale: null, remove: true } });
    expect((removed.data as any).linkEntities.changed).toBe(true);
    const gone = await data<any>(
      h,
      `{ recommendation(key: "rec-2009-5") { supportedBy { nodes { key } } auditTrail { totalCount } } }`,
    );
    expect(gone.recommendation.supportedBy.nodes.map((n: { key: string }) => n.key)).toEqual(['finding-partnership']);
    expect(gone.recommendation.auditTrail.totalCount).toBeGreaterThanOrEqual(2);
    const notThere = await runAs(h, CURATOR, link, { i: { ...input, remove: true } });
    expect(notThere.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
