// Search of some types asks the full-text index for its best hits of those types: each searched
// entity carries its type in a field of the index (TYPE_FIELD), which every write that creates one
// sets. The words are matched in the text fields only. Writes entities of its own and restores the
// source graph after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddDocument, RecordProgress } from '../../packages/client/src/curation.operations.js';
import { Search } from '../../packages/client/src/operations.js';
import { loadDocuments, bundledFolders, removeDocument } from '../../src/data/load.js';
import { luceneQuery } from '../../src/graph/explore/search-text.js';
import { SEARCHED_TYPES, searchTypeOf } from '../../src/graph/model.js';
import { projectPath } from '../../src/paths.js';
import { CURATOR, id, runAs } from '../support/curation-helpers.js';
import { data, openHarness, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ restoreOnClose: true });
});
afterAll(() => h.close());

/** Entities written as the load writes them: type label, `searchType`, name and description. */
async function create(entities: { type: string; key: string; name: string; description: string }[]) {
  await h.db.write(
    `UNWIND $rows AS row
     CREATE (n:Entity) SET n = row.props, n:$(row.type)`,
    {
      rows: entities.map(({ type, ...props }) => ({ type, props: { ...props, searchType: searchTypeOf(type) } })),
    },
  );
}

/** The `searchType` of each entity with one of these keys, by key. */
async function searchTypes(keys: string[]): Promise<Record<string, string | null>> {
  const { records } = await h.db.read('MATCH (n:Entity) WHERE n.key IN $keys RETURN n.key AS key, n.searchType AS t', {
    keys,
  });
  return Object.fromEntries(records.map((r) => [r.get('key'), r.get('t')]));
}

describe('typed search', () => {
  // Fifteen findings about quokkas outrank the one recommendation that mentions them once. None of
  // their names starts with the word, so every hit comes from the full-text index.
  const findings = Array.from({ length: 15 }, (_, i) => ({
    type: 'Finding',
    key: `zz-quokka-finding-${i}`,
    name: `Survey ${i} of quokka quokka quokka`,
    description: 'Quokka numbers, quokka habitats and quokka welfare.',
  }));
  const recommendation = {
    type: 'Recommendation',
    key: 'zz-quokka-recommendation',
    name: 'Fund the island partnership',
    description:
      'Partners on the island should agree a budget for the coming years, covering staff, training, ' +
      'outreach and the care of the quokka colony, and report on it to the board each spring.',
  };
  beforeAll(() => create([...findings, recommendation]));

  it('finds the best hits of the type when hits of other types outrank them', async () => {
    const all = await data(h, Search, { text: 'quokka', first: 20 });
    const keys = all.search.map((x) => x.entity.key);
    // Untyped, the recommendation comes after every finding.
    expect(keys.indexOf(recommendation.key)).toBe(findings.length);
    expect(all.search.slice(0, 10).every((x) => x.entity.__typename === 'Finding')).toBe(true);

    const typed = await data(h, Search, { text: 'quokka', types: ['Recommendation'], first: 1 });
    expect(typed.search.map((x) => [x.entity.key, x.match])).toEqual([[recommendation.key, 'TEXT']]);
    // Its score is the one the untyped search gives it: the type adds nothing to it.
    expect(typed.search[0]!.score).toBeCloseTo(all.search[findings.length]!.score, 5);

    // Several types are ranked on one scale: the order of the untyped search.
    const both = await data(h, Search, { text: 'quokka', types: ['Recommendation', 'Finding'], first: 20 });
    expect(both.search.map((x) => x.entity.key)).toEqual(keys.slice(0, findings.length + 1));
  });

  it('does not match every entity of a type by a word equal to the type’s name', async () => {
    for (const [text, type] of [
      ['finding', 'Finding'],
      ['recommendation', 'Recommendation'],
    ] as const) {
      const found = await data(h, Search, { text, first: 100 });
      const typed = await data(h, Search, { text, types: [type], first: 100 });
      for (const hits of [found.search, typed.search])
        expect(hits.map((x) => x.entity.key).filter((k) => k.startsWith('zz-quokka'))).toEqual([]);
    }
  });

  it('finds nothing by text when the index drops every word, rather than every entity of the type', async () => {
    // Stop words too short to be given a prefix term: nothing of the text reaches the index.
    const typed = await data(h, Search, { text: 'of in to', types: ['Finding'], first: 50 });
    expect(typed.search.filter((x) => x.match === 'TEXT')).toEqual([]);
  });
});

describe('untyped search', () => {
  it('scores as Lucene’s own expansion of the words over the index’s fields did', async () => {
    // The query as it was before the index held the type: each term left to the index's default
    // fields (all of them), which now include the type field; none of these words is a type's name.
    const before: Record<string, string> = {
      'violent extremism': '(violent OR violent*) (extremism OR extremism*)',
      "O'Connor": "(o'connor OR oconnor OR oconnor*)",
      'police forces prevent': '(police OR police*) (forces OR forces*) (prevent OR prevent*)',
    };
    const hits = async (query: string) => {
      const { records } = await h.db.read(
        `CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: 50}) YIELD node, score
         RETURN node.key AS key, score ORDER BY score DESC, key`,
        { query },
      );
      return records.map((r) => [r.get('key'), r.get('score')]);
    };
    for (const [text, query] of Object.entries(before)) {
      const expected = await hits(query);
      expect(expected.length, text).toBeGreaterThan(0);
      expect(await hits(luceneQuery(text)), text).toEqual(expected);
    }
  });
});

describe('every write that creates a searched entity gives it its type', () => {
  it('the load of a document', async () => {
    await loadDocuments(h.db, [...bundledFolders(), projectPath('tests/fixtures/documents/fictional-review')]);
    const { records } = await h.db.read(
      `MATCH (n:Entity) WHERE n.key STARTS WITH 'fictional'
       RETURN n.key AS key, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.searchType AS t`,
    );
    expect(records.length).toBeGreaterThan(2);
    for (const r of records) expect(r.get('t'), r.get('key')).toBe(r.get('type'));
    await removeDocument(h.db, 'fictional-northshire-review');
  });

  it('curation: a document added, with its new date, and a new date of progress', async () => {
    const added = await runAs(h, CURATOR, AddDocument, {
      input: {
        key: 'zz-search-type-review',
        title: 'Search type review',
        kind: 'REPORT',
        publisher: id('Organisation', 'hmic'),
        published: '2031-02-03',
        concerns: [id('Strand', 'prevent')],
        excerpt: 'Search type review, published by HMIC on 3 February 2031.',
      },
    });
    expect(added.errors).toBeUndefined();
    const progress = await runAs(h, CURATOR, RecordProgress, {
      input: {
        recommendation: id('Recommendation', 'rec-2009-1'),
        status: 'IN_PROGRESS',
        date: '2032-04-05',
        evidence: 'Progress recorded on a date the graph did not have.',
        source: id('Document', 'zz-search-type-review'),
      },
    });
    expect(progress.errors).toBeUndefined();
    expect(await searchTypes(['zz-search-type-review', '2031-02-03', '2032-04-05'])).toEqual({
      'zz-search-type-review': 'Document',
      '2031-02-03': 'CalendarDate',
      '2032-04-05': 'CalendarDate',
    });
    const found = await data(h, Search, { text: 'search type review', types: ['Document'], first: 1 });
    expect(found.search[0]?.entity.key).toBe('zz-search-type-review');
  });

  it('the source facts, and only entities of searched types', async () => {
    const { records } = await h.db.read(
      `MATCH (n:Entity) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.searchType AS t, n.key AS key`,
    );
    for (const r of records)
      expect(r.get('t'), r.get('key')).toBe(
        (SEARCHED_TYPES as readonly string[]).includes(r.get('type')) ? r.get('type') : null,
      );
  });
});
