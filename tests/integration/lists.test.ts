// Filters, sorting and counts on lists, and keyset cursors that stay correct under any order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecommendationsDue } from '../../packages/client/src/operations.js';
import { data, openHarness, run, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const keys = (c: { nodes: { key: string }[] }) => c.nodes.map((n) => n.key);

async function recommendations(args: string): Promise<{ totalCount: number; nodes: { key: string }[] }> {
  const d = await data<any>(h, `{ recommendations(${args}) { totalCount nodes { key } } }`);
  return d.recommendations;
}

describe('recommendations by deadline, addressee and strand', () => {
  it('due by March 2010, and to whom', async () => {
    const d = await data(h, RecommendationsDue, { dueBy: '2010-03' });
    expect(d.recommendations.totalCount).toBe(2);
    expect(
      d.recommendations.nodes.map((r) => [r.key, r.dueBy.nodes[0]?.name, r.addressedTo.nodes.map((o) => o.name)]),
    ).toEqual([
      ['rec-2009-3', 'September 2009', ['Police Service']],
      ['rec-2009-4', 'March 2010', ['Police forces of England and Wales']],
    ]);
  });

  it('compares deadlines as periods: before, after, by a day inside the month', async () => {
    expect(keys(await recommendations('filter: { dueBefore: "2010-03" }'))).toEqual(['rec-2009-3']);
    expect(keys(await recommendations('filter: { dueAfter: "2009-09" }'))).toEqual(['rec-2009-4']);
    expect(keys(await recommendations('filter: { dueAfter: "2009-08", dueBefore: "2010" }'))).toEqual(['rec-2009-3']);
    // September 2009 is not wholly by, before or after 15 September 2009.
    expect(keys(await recommendations('filter: { dueBy: "2009-09-15" }'))).toEqual([]);
    expect(keys(await recommendations('filter: { dueAfter: "2009-09-15" }'))).toEqual(['rec-2009-4']);
  });

  it('by addressee, strand and whether there is a deadline, with totalCount counting the filtered list', async () => {
    expect(keys(await recommendations('filter: { addressedTo: "police-service" }'))).toEqual(['rec-2009-3']);
    const none = await recommendations('first: 2, filter: { hasDeadline: false }');
    expect(none).toEqual({ totalCount: 4, nodes: [{ key: 'rec-2009-1' }, { key: 'rec-2009-2' }] });
    expect((await recommendations('filter: { strand: "prevent" }')).totalCount).toBe(6);
    expect((await recommendations('filter: { strand: "protect" }')).totalCount).toBe(0);
    const nested = await data<any>(
      h,
      `{ document(key: "prevent-progress-and-prospects") { recommends(filter: { hasDeadline: true }) { totalCount nodes { key } } } }`,
    );
    expect(nested.document.recommends).toEqual({
      totalCount: 2,
      nodes: [{ key: 'rec-2009-3' }, { key: 'rec-2009-4' }],
    });
  });

  it('refuses a key or date that is not one', async () => {
    for (const [args, message] of [
      ['filter: { dueBy: "March 2010" }', /"filter.dueBy" must be a year, month or day/],
      ['filter: { addressedTo: "Police Service" }', /"filter.addressedTo" must be a key/],
    ] as const) {
      const result = await run(h, `{ recommendations(${args}) { totalCount } }`);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('organisations and documents', () => {
  it('organisations by who inspects them and by kind', async () => {
    const d = await data<any>(
      h,
      `{ organisations(filter: { inspectedBy: "hmic", kind: POLICING_BODY }) { totalCount nodes { key } } }`,
    );
    expect(d.organisations).toEqual({ totalCount: 3, nodes: [{ key: 'btp' }, { key: 'psni' }, { key: 'soca' }] });
  });

  it('documents by publisher, writer and date, and sorted by date with the undated last', async () => {
    const d = await data<any>(
      h,
      `{ hmic: documents(filter: { publishedBy: "hmic" }) { nodes { key } }
         acpo: documents(filter: { writtenBy: "acpo", datedTo: "2008" }) { nodes { key } }
         since: documents(filter: { datedFrom: "2009" }) { nodes { key } }
         byDate: documents(orderBy: { by: DATE }) { nodes { key } } }`,
    );
    expect(keys(d.hmic)).toEqual(['prevent-progress-and-prospects']);
    expect(keys(d.acpo)).toEqual(['police-prevent-strategy-and-delivery-plan']);
    expect(keys(d.since)).toEqual(['prevent-progress-and-prospects']);
    expect(keys(d.byDate)).toEqual([
      'police-prevent-strategy-and-delivery-plan',
      'prevent-progress-and-prospects',
      'pr-2009-002',
    ]);
  });

  it('entities by type in a list of any entity', async () => {
    const d = await data<any>(
      h,
      `{ concept(key: "vulnerable-people") { mentionedBy(filter: { types: [Finding] }) { totalCount nodes { __typename } } } }`,
    );
    expect(d.concept.mentionedBy.totalCount).toBe(2);
    expect(d.concept.mentionedBy.nodes).toEqual([{ __typename: 'Finding' }, { __typename: 'Finding' }]);
  });
});

describe('sorting and cursors', () => {
  it('sorts by deadline both ways, those without one last going up and first going down, ties by key', async () => {
    expect(keys(await recommendations('orderBy: { by: DEADLINE }'))).toEqual([
      'rec-2009-3',
      'rec-2009-4',
      'rec-2009-1',
      'rec-2009-2',
      'rec-2009-5',
      'rec-2009-6',
    ]);
    expect(keys(await recommendations('orderBy: { by: DEADLINE, direction: DESC }'))).toEqual([
      'rec-2009-1',
      'rec-2009-2',
      'rec-2009-5',
      'rec-2009-6',
      'rec-2009-4',
      'rec-2009-3',
    ]);
  });

  // Walks a whole list two items at a time and checks the pages join up into the unpaged list.
  async function walk(orderBy: string): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const d: any = await data<any>(
        h,
        `query($after: String) { recommendations(first: 2, after: $after, orderBy: ${orderBy}) { pageInfo { hasNextPage endCursor } nodes { key } } }`,
        { after },
      );
      seen.push(...keys(d.recommendations));
      if (!d.recommendations.pageInfo.hasNextPage) return seen;
      after = d.recommendations.pageInfo.endCursor;
    }
    throw new Error('pages never ended');
  }

  it.each([
    '{ by: DEADLINE }',
    '{ by: DEADLINE, direction: DESC }',
    '{ by: NUMBER, direction: DESC }',
    '{ by: NAME }',
    '{ by: KEY, direction: DESC }',
  ])('pages of %s join up into the whole list', async (orderBy) => {
    const whole = keys(await recommendations(`orderBy: ${orderBy}`));
    expect(whole).toHaveLength(6);
    expect(await walk(orderBy)).toEqual(whole);
  });

  it('refuses a cursor made under another order', async () => {
    const first = await data<any>(
      h,
      `{ recommendations(first: 2, orderBy: { by: NUMBER }) { pageInfo { endCursor } } }`,
    );
    const cursor = first.recommendations.pageInfo.endCursor;
    const result = await run(
      h,
      `query($c: String) { recommendations(after: $c, orderBy: { by: DEADLINE }) { totalCount } }`,
      { c: cursor },
    );
    expect(result.errors?.[0]?.message).toMatch(/ordered by NUMBER ASC, not DEADLINE ASC/);
    const byKey = await run(h, `query($c: String) { recommendations(after: $c) { totalCount } }`, { c: cursor });
    expect(byKey.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
