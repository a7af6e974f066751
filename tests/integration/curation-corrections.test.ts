// linkEntities and correctProperty on the real Neo4j: links carry their sources, corrections keep
// the value before in the audit, and what the model or the schema does not allow is refused by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorrectProperty, LinkEntities } from '../../packages/client/src/curation.operations.js';
import type { LinkEntitiesInput } from '../../packages/client/src/generated/graphql.js';
import { CURATOR, failure, id, runAs } from '../support/curation-helpers.js';
import { graphChecksum } from '../support/graph-state.js';
import { data, openHarness, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ restoreOnClose: true });
});
afterAll(() => h.close());

const link = (overrides: Record<string, unknown> = {}, excerpt = 'HMIC inspects ACPO.') => ({
  input: <LinkEntitiesInput>{
    from: id('Organisation', 'hmic'),
    type: 'INSPECTS',
    to: id('Organisation', 'acpo'),
    source: { document: id('Document', 'pr-2009-002'), excerpt },
    ...overrides,
  },
});

const inspects = async () =>
  (
    await data<any>(
      h,
      '{ organisation(key: "hmic") { inspects(first: 10) { edges { node { key } relationship { sources { excerpt } } } } } }',
    )
  ).organisation.inspects.edges.find((e: any) => e.node.key === 'acpo')?.relationship.sources;

describe('linkEntities', () => {
  it('links two entities with its source, once, and adds a second source to the same link', async () => {
    const first = await runAs(h, CURATOR, LinkEntities, link());
    expect(first.data!.linkEntities).toMatchObject({
      changed: true,
      from: { key: 'hmic' },
      to: { key: 'acpo' },
      auditRecord: { action: 'LINK_ENTITIES' },
    });
    expect(first.data!.linkEntities.auditRecord!.changes[0]).toMatchObject({
      field: '-[:INSPECTS]->acpo',
      before: 'null',
    });
    expect(await inspects()).toEqual([{ excerpt: 'HMIC inspects ACPO.' }]);

    expect((await runAs(h, CURATOR, LinkEntities, link())).data!.linkEntities).toMatchObject({
      changed: false,
      auditRecord: null,
    });
    const second = await runAs(h, CURATOR, LinkEntities, link({}, 'A second source says so.'));
    expect(second.data!.linkEntities.auditRecord!.changes[0]!.before).toBe(
      '{"sourceDocuments":["pr-2009-002"],"sourceExcerpts":["HMIC inspects ACPO."]}',
    );
    expect(await inspects()).toEqual([{ excerpt: 'HMIC inspects ACPO.' }, { excerpt: 'A second source says so.' }]);
  });

  it('refuses ends the relationship cannot join, self-links, and types curators may not add', async () => {
    const before = await graphChecksum(h.db);
    expect(failure(await runAs(h, CURATOR, LinkEntities, link({ from: id('Person', 'denis-oconnor') })))).toMatchObject(
      { field: 'input.from' },
    );
    expect(failure(await runAs(h, CURATOR, LinkEntities, link({ to: id('Strand', 'prevent') })))).toMatchObject({
      field: 'input.to',
    });
    expect(failure(await runAs(h, CURATOR, LinkEntities, link({ to: id('Organisation', 'hmic') })))).toMatchObject({
      field: 'input.to',
    });
    expect(
      failure(await runAs(h, CURATOR, LinkEntities, link({ to: id('Organisation', 'no-such-body') }))),
    ).toMatchObject({ field: 'input.to' });
    expect(
      failure(
        await runAs(
          h,
          CURATOR,
          LinkEntities,
          link({ source: { document: id('Document', 'pr-2009-002'), excerpt: '' } }),
        ),
      ),
    ).toMatchObject({ field: 'input.source.excerpt' });
    for (const type of ['AUDITS', 'HAS_PROGRESS', 'NOT_A_TYPE']) {
      expect(failure(await runAs(h, CURATOR, LinkEntities, link({ type }))).code).toBe('BAD_USER_INPUT');
    }
    expect(await graphChecksum(h.db)).toBe(before);
  });
});

const correct = (property: string, value: string | null, entity = id('Organisation', 'acpo')) => ({
  input: { entity, property, value, reason: 'The source gives it elsewhere.' },
});

describe('correctProperty', () => {
  it('corrects a value, keeping the value before and the reason in the audit', async () => {
    const result = await runAs(
      h,
      CURATOR,
      CorrectProperty,
      correct('description', 'The association of police chiefs.'),
    );
    expect(result.data!.correctProperty).toMatchObject({
      changed: true,
      entity: { key: 'acpo', description: 'The association of police chiefs.' },
      auditRecord: {
        action: 'CORRECT_PROPERTY',
        reason: 'The source gives it elsewhere.',
        changes: [{ field: 'description', before: 'null', after: '"The association of police chiefs."' }],
      },
    });
    const again = await runAs(h, CURATOR, CorrectProperty, correct('description', 'The association of police chiefs.'));
    expect(again.data!.correctProperty).toMatchObject({ changed: false, auditRecord: null });
    const cleared = await runAs(h, CURATOR, CorrectProperty, correct('description', null));
    expect(cleared.data!.correctProperty.entity).toMatchObject({ description: null });
  });

  it('stores numbers and enum values as the schema types them', async () => {
    const forces = id('Organisation', 'police-forces-england-wales');
    const result = await runAs(h, CURATOR, CorrectProperty, correct('memberCount', '44', forces));
    expect(result.data!.correctProperty.auditRecord!.changes).toEqual([
      { field: 'memberCount', before: '43', after: '44' },
    ]);
    expect(result.data!.correctProperty.entity).toMatchObject({ memberCount: 44 });
    const kind = await runAs(h, CURATOR, CorrectProperty, correct('kind', 'PARTNERS', forces));
    expect(kind.data!.correctProperty.entity).toMatchObject({ kind: 'PARTNERS' });
  });

  it('refuses what the schema does not allow, naming the field', async () => {
    const before = await graphChecksum(h.db);
    const cases: [ReturnType<typeof correct>, string][] = [
      [correct('key', 'new-key'), 'input.property'],
      [correct('title', 'x', id('Document', 'pr-2009-002')), 'input.property'],
      [correct('sources', 'x'), 'input.property'],
      [correct('inspects', 'x'), 'input.property'],
      [correct('noSuchProperty', 'x'), 'input.property'],
      [correct('name', null), 'input.value'],
      [correct('kind', 'NOT_A_KIND'), 'input.value'],
      [correct('memberCount', '43 forces'), 'input.value'],
      [correct('name', 'x', id('CalendarDate', '2008-04')), 'input.entity'],
      [correct('name', 'x', id('Organisation', 'no-such-body')), 'input.entity'],
      [{ input: { ...correct('name', 'x').input, reason: '' } }, 'input.reason'],
    ];
    for (const [variables, field] of cases) {
      expect(failure(await runAs(h, CURATOR, CorrectProperty, variables)), JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(await graphChecksum(h.db)).toBe(before);
  });

  it('applies the rules of creation to every field, changing nothing when refused', async () => {
    const before = await graphChecksum(h.db);
    const rec = id('Recommendation', 'rec-2009-3');
    const cases: [ReturnType<typeof correct>, RegExp][] = [
      [correct('name', 'x'.repeat(501)), /above the limit of 500/],
      [correct('name', 'two\nlines'), /one line/],
      [correct('abbreviation', 'a\tb'), /one line/],
      [correct('memberCount', '0', id('Organisation', 'police-forces-england-wales')), /positive/],
      [correct('memberCount', '-3', id('Organisation', 'police-forces-england-wales')), /positive/],
      [correct('number', '4', rec), /already the number of rec-2009-4/],
      [correct('url', 'not an address', id('Document', 'pr-2009-002')), /web address|address/],
      [
        correct('date', '2099-13-01', id('ProgressUpdate', 'progress-rec-2009-1-2009-09-30')),
        /not a correctable property/,
      ],
    ];
    for (const [variables, message] of cases) {
      const refused = failure(await runAs(h, CURATOR, CorrectProperty, variables));
      expect(refused, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(refused.message, JSON.stringify(variables)).toMatch(message);
    }
    // A cap names itself, as every limit does (README, Limits).
    const tooLong = await runAs(h, CURATOR, CorrectProperty, correct('name', 'x'.repeat(501)));
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.value',
      limit: 'maxLineLength',
      max: 500,
    });
    expect(await graphChecksum(h.db)).toBe(before);
  });

  it('refreshes derived fields: a renamed person is found by the new name and not the old', async () => {
    const search = async (text: string) =>
      (
        await data<any>(h, 'query($t: String!) { search(text: $t, types: [Person]) { entity { key } } }', { t: text })
      ).search.map((hit: any) => hit.entity.key);
    expect(await search('oconnor')).toContain('denis-oconnor');
    const renamed = await runAs(
      h,
      CURATOR,
      CorrectProperty,
      correct('name', 'Denis Flanagan-Smythe', id('Person', 'denis-oconnor')),
    );
    expect(renamed.errors).toBeUndefined();
    expect(await search('flanagan')).toContain('denis-oconnor');
    expect(await search('oconnor')).not.toContain('denis-oconnor');
    const back = await runAs(
      h,
      CURATOR,
      CorrectProperty,
      correct('name', 'Denis O’Connor', id('Person', 'denis-oconnor')),
    );
    expect(back.errors).toBeUndefined();
    expect(await search('oconnor')).toContain('denis-oconnor');
  });

  it('never changes an audit record', async () => {
    const trail = await data<any>(h, '{ auditRecords(first: 1) { nodes { id actor } } }');
    const record = trail.auditRecords.nodes[0];
    const result = await runAs(h, CURATOR, CorrectProperty, {
      input: { entity: record.id, property: 'actor', value: 'someone-else', reason: 'cover tracks' },
    });
    expect(failure(result)).toMatchObject({ field: 'input.entity' });
  });
});
