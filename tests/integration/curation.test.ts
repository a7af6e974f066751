// Curation on the real Neo4j: each mutation writes what it says in one transaction, with an audit
// record that GraphQL reads back; repeating one changes nothing; bad input names its field and
// leaves the graph exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddDocument,
  ProgressOfRecommendation,
  RecommendationAuditTrail,
  RecordProgress,
} from '../../packages/client/src/curation.operations.js';
import { QUERIES } from '../../src/db/queries.js';
import { CURATOR, failure, id, runAs } from '../support/curation-helpers.js';
import { graphChecksum } from '../support/graph-state.js';
import { data, openHarness, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ restoreOnClose: true });
});
afterAll(() => h.close());

const progress = (overrides: Record<string, unknown> = {}) => ({
  input: {
    recommendation: id('Recommendation', 'rec-2009-1'),
    status: 'IN_PROGRESS' as const,
    date: '2009-09-30',
    evidence: 'All forces have a Prevent lead in post.',
    source: id('Document', 'prevent-progress-and-prospects'),
    ...overrides,
  },
});

describe('recordProgress', () => {
  it('records progress with its date and source, and an audit record of who did it and the values before', async () => {
    const result = await runAs(h, CURATOR, RecordProgress, progress());
    expect(result.errors).toBeUndefined();
    const payload = result.data!.recordProgress;
    expect(payload.changed).toBe(true);
    expect(payload.progressUpdate).toMatchObject({
      key: 'progress-rec-2009-1-2009-09-30',
      status: 'IN_PROGRESS',
      date: '2009-09-30',
      sources: [
        { excerpt: 'All forces have a Prevent lead in post.', document: { key: 'prevent-progress-and-prospects' } },
      ],
      recommendation: { nodes: [{ key: 'rec-2009-1' }] },
      reportedOn: {
        nodes: [
          { key: '2009-09-30', name: '30 September 2009', precision: 'DAY', start: '2009-09-30', end: '2009-09-30' },
        ],
      },
    });
    expect(payload.auditRecord).toMatchObject({
      action: 'RECORD_PROGRESS',
      actor: 'curator-1',
      actorName: 'Test Curator',
    });
    expect(Date.now() - Date.parse(payload.auditRecord!.at)).toBeLessThan(60_000);
    expect(payload.auditRecord!.changes).toContainEqual({ field: 'status', before: 'null', after: '"IN_PROGRESS"' });
    expect(payload.auditRecord!.subjects.nodes.map((n) => n.key).sort()).toEqual([
      'progress-rec-2009-1-2009-09-30',
      'rec-2009-1',
    ]);
  });

  it('changes nothing, and audits nothing, when the same progress is recorded again', async () => {
    const before = await graphChecksum(h.db);
    const again = await runAs(h, CURATOR, RecordProgress, progress());
    expect(again.data!.recordProgress).toMatchObject({ changed: false, auditRecord: null });
    expect(await graphChecksum(h.db)).toBe(before);
  });

  it('updates the record for the same date and keeps the old status in the audit', async () => {
    const result = await runAs(h, CURATOR, RecordProgress, progress({ status: 'MET' }));
    expect(result.data!.recordProgress.auditRecord!.changes).toContainEqual({
      field: 'status',
      before: '"IN_PROGRESS"',
      after: '"MET"',
    });
    const read = await data(h, ProgressOfRecommendation, { key: 'rec-2009-1' });
    expect(read.recommendation!.progress.nodes).toEqual([
      {
        key: 'progress-rec-2009-1-2009-09-30',
        status: 'MET',
        date: '2009-09-30',
        evidence: 'All forces have a Prevent lead in post.',
        reportedOn: { nodes: [{ key: '2009-09-30' }] },
      },
    ]);
    const trail = await data(h, RecommendationAuditTrail, { key: 'rec-2009-1' });
    expect(
      trail.recommendation!.auditTrail.nodes.map((n) => n.changes.find((c) => c.field === 'status')?.after),
    ).toEqual(['"IN_PROGRESS"', '"MET"']);
  });

  it('reuses the date the source already has at that precision', async () => {
    const result = await runAs(
      h,
      CURATOR,
      RecordProgress,
      progress({ recommendation: id('Recommendation', 'rec-2009-2'), date: '2010-03', status: 'NOT_MET' }),
    );
    expect(result.data!.recordProgress.progressUpdate.reportedOn.nodes).toEqual([
      { key: '2010-03', name: 'March 2010', precision: 'MONTH', start: '2010-03-01', end: '2010-03-31' },
    ]);
    const sources = await data<any>(h, '{ calendarDate(key: "2010-03") { sources { excerpt } } }');
    expect(sources.calendarDate.sources).toEqual([
      { excerpt: 'All forces to ensure appropriate minimum levels of capability in place by March 2010.' },
    ]);
  });

  it('writes one record and one audit when the same progress arrives twice at once', async () => {
    const input = progress({ recommendation: id('Recommendation', 'rec-2009-4'), date: '2009-12' });
    const results = await Promise.all([
      runAs(h, CURATOR, RecordProgress, input),
      runAs(h, CURATOR, RecordProgress, input),
    ]);
    expect(results.map((r) => r.data!.recordProgress.changed).sort()).toEqual([false, true]);
    const trail = await data(h, RecommendationAuditTrail, { key: 'rec-2009-4' });
    expect(trail.recommendation!.auditTrail.totalCount).toBe(1);
  });

  it('names the field at fault and writes nothing', async () => {
    const before = await graphChecksum(h.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ recommendation: id('Organisation', 'hmic') }, 'input.recommendation'],
      [{ recommendation: id('Recommendation', 'rec-2009-99') }, 'input.recommendation'],
      [{ date: '2009-02-30' }, 'input.date'],
      [{ date: '30/09/2009' }, 'input.date'],
      [{ evidence: '   ' }, 'input.evidence'],
      [{ evidence: 'x'.repeat(4_001) }, 'input.evidence'],
      [{ source: id('Recommendation', 'rec-2009-1') }, 'input.source'],
      [{ source: id('Document', 'no-such-document') }, 'input.source'],
    ];
    for (const [overrides, field] of cases) {
      const result = await runAs(h, CURATOR, RecordProgress, progress(overrides));
      expect(failure(result), JSON.stringify(overrides).slice(0, 80)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await graphChecksum(h.db)).toBe(before);
  });
});

describe('addDocument', () => {
  const document = (overrides: Record<string, unknown> = {}) => ({
    input: {
      key: 'prevent-review-2011',
      title: 'Prevent Review',
      kind: 'REPORT' as const,
      publisher: id('Organisation', 'hmic'),
      published: '2011-06-07',
      concerns: [id('Strand', 'prevent')],
      excerpt: 'Prevent Review, published by HMIC on 7 June 2011.',
      url: 'www.example.org/prevent-review',
      ...overrides,
    },
  });

  it('adds a document with its publisher, date and strand, each stated by the document itself', async () => {
    const result = await runAs(h, CURATOR, AddDocument, document());
    expect(result.errors).toBeUndefined();
    expect(result.data!.addDocument).toMatchObject({
      changed: true,
      document: {
        key: 'prevent-review-2011',
        title: 'Prevent Review',
        kind: 'REPORT',
        url: 'www.example.org/prevent-review',
        publishedBy: { nodes: [{ key: 'hmic' }] },
        publishedOn: { nodes: [{ key: '2011-06-07', precision: 'DAY' }] },
        concerns: { nodes: [{ key: 'prevent' }] },
        sources: [
          { excerpt: 'Prevent Review, published by HMIC on 7 June 2011.', document: { key: 'prevent-review-2011' } },
        ],
      },
      auditRecord: { action: 'ADD_DOCUMENT' },
    });
    const hmic = await data<any>(h, '{ organisation(key: "hmic") { published { nodes { key } } } }');
    expect(hmic.organisation.published.nodes.map((n: { key: string }) => n.key)).toContain('prevent-review-2011');
  });

  it('recognises the same document added again, and refuses a different one under its key', async () => {
    const again = await runAs(h, CURATOR, AddDocument, document());
    expect(again.data!.addDocument).toMatchObject({ changed: false, auditRecord: null });
    const before = await graphChecksum(h.db);
    expect(failure(await runAs(h, CURATOR, AddDocument, document({ title: 'Another title' })))).toMatchObject({
      field: 'input.key',
    });
    expect(failure(await runAs(h, CURATOR, AddDocument, document({ key: 'hmic' })))).toMatchObject({
      field: 'input.key',
    });
    expect(
      failure(await runAs(h, CURATOR, AddDocument, document({ key: 'x', concerns: [id('Concept', 'radicalisers')] }))),
    ).toMatchObject({ field: 'input.concerns[0]' });
    expect(failure(await runAs(h, CURATOR, AddDocument, document({ key: 'x', url: 'not a url' })))).toMatchObject({
      field: 'input.url',
    });
    expect(failure(await runAs(h, CURATOR, AddDocument, document({ key: 'Bad Key' })))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await graphChecksum(h.db)).toBe(before);
  });

  it('commits all of it or none: a failure at the audit write leaves no trace of the document', async () => {
    const before = await graphChecksum(h.db);
    // A real fault inside the real transaction, after the document's own statements have run.
    h.db.onQuery = (cypher) => {
      if (cypher === QUERIES['create-audit-record']) throw new Error('fault injected at the audit write');
    };
    try {
      const result = await runAs(h, CURATOR, AddDocument, document({ key: 'half-written' }));
      expect(failure(result).code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      h.db.onQuery = undefined;
    }
    expect(await graphChecksum(h.db)).toBe(before);
    expect((await data<any>(h, '{ document(key: "half-written") { key } }')).document).toBeNull();
  });
});
