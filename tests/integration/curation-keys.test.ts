// A new entity's key never lands on an entity of another type: keys of the forms the API derives for
// dates, progress updates and audit records cannot be chosen, and a progress update whose key is
// taken by something else is refused. Either way the graph is left as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddDocument, RecordProgress } from '../../packages/client/src/curation.operations.js';
import { CURATOR, failure, id, runAs } from '../support/curation-helpers.js';
import { graphChecksum } from '../support/graph-state.js';
import { openHarness, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ restoreOnClose: true });
});
afterAll(() => h.close());

const document = (key: string) => ({
  input: {
    key,
    title: 'A document under a derived key',
    kind: 'REPORT' as const,
    publisher: id('Organisation', 'hmic'),
    published: '2012-02-02',
    concerns: [id('Strand', 'prevent')],
    excerpt: 'A document under a derived key.',
  },
});

describe('keys of another type', () => {
  it('refuses a document key in the form of a progress update, a date or an audit record, changing nothing', async () => {
    const before = await graphChecksum(h.db);
    for (const key of ['progress-rec-2009-2-2012-02-02', '2012-02-02', '2012', 'audit-20120202t000000000z-00000000']) {
      expect(failure(await runAs(h, CURATOR, AddDocument, document(key)))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.key',
      });
    }
    expect(await graphChecksum(h.db)).toEqual(before);
  });

  it('refuses progress whose key an entity of another type holds, and writes nothing onto it', async () => {
    // A graph loaded by other means may hold such a key: put a Document there directly.
    await h.db.write(
      "CREATE (:Entity:Document {key: 'progress-rec-2009-2-2012-02-02', name: 'Not progress', sourceDocuments: [], sourceExcerpts: []})",
    );
    const before = await graphChecksum(h.db);
    const result = await runAs(h, CURATOR, RecordProgress, {
      input: {
        recommendation: id('Recommendation', 'rec-2009-2'),
        status: 'IN_PROGRESS' as const,
        date: '2012-02-02',
        evidence: 'Progress stated somewhere.',
        source: id('Document', 'prevent-progress-and-prospects'),
      },
    });
    expect(failure(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    expect(await graphChecksum(h.db)).toEqual(before);
    await h.db.write("MATCH (d:Document {key: 'progress-rec-2009-2-2012-02-02'}) DETACH DELETE d");
  });
});
