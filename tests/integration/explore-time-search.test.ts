// Timelines and full-text search, asked of the source graph on the real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Search, Timeline } from '../../packages/client/src/operations.js';
import { data, openHarness, run, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const events = (d: { timeline: { date: { key: string }; relationship: string; entity: { key: string } }[] }) =>
  d.timeline.map((e) => `${e.date.key} ${e.relationship} ${e.entity.key}`);

describe('timeline', () => {
  it('from April 2008 to March 2010, oldest first, each date at its own precision', async () => {
    const d = await data(h, Timeline, { from: '2008-04', to: '2010-03' });
    expect(events(d)).toEqual([
      '2008-04 ISSUED_ON police-prevent-strategy-and-delivery-plan',
      '2009-05 APPOINTED_ON denis-oconnor',
      '2009-06-24 PUBLISHED_ON prevent-progress-and-prospects',
      '2009-09 DUE_BY rec-2009-3',
      '2010-03 DUE_BY rec-2009-4',
    ]);
    expect(d.timeline[0]?.date).toMatchObject({ precision: 'MONTH', start: '2008-04-01', end: '2008-04-30' });
    expect(d.timeline[0]?.sources[0]?.excerpt).toBe('issued to the Police Service in April 2008');
  });

  it('treats a month as a month: a window starting mid-April leaves April 2008 out, "2009" holds its months and days', async () => {
    const mid = await data(h, Timeline, { from: '2008-04-15', to: '2010-03-15' });
    expect(events(mid).map((e) => e.split(' ')[0])).toEqual(['2009-05', '2009-06-24', '2009-09']);
    const year = await data(h, Timeline, { from: '2009', to: '2009' });
    expect(events(year).map((e) => e.split(' ')[0])).toEqual(['2009-05', '2009-06-24', '2009-09']);
  });

  it('what was due before March 2010, in one query', async () => {
    const d = await data(h, Timeline, { before: '2010-03', relationshipTypes: ['DUE_BY'] });
    expect(events(d)).toEqual(['2009-09 DUE_BY rec-2009-3']);
  });

  it('what happened after the ACPO plan, in one query', async () => {
    const d = await data(h, Timeline, { after: 'police-prevent-strategy-and-delivery-plan' });
    expect(events(d)).toEqual([
      '2009-05 APPOINTED_ON denis-oconnor',
      '2009-06-24 PUBLISHED_ON prevent-progress-and-prospects',
      '2009-09 DUE_BY rec-2009-3',
      '2010-03 DUE_BY rec-2009-4',
    ]);
    const between = await data(h, Timeline, {
      after: 'police-prevent-strategy-and-delivery-plan',
      before: 'rec-2009-4',
      types: ['Recommendation'],
    });
    expect(events(between)).toEqual(['2009-09 DUE_BY rec-2009-3']);
  });

  it('refuses dates that are not dates, anchors that do not exist or have no date, and non-dating types', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ from: '2009-13' }, /"from" is not a calendar date/],
      [{ to: '2009-02-30' }, /"to" is not a calendar date/],
      [{ from: 'June 2009' }, /"from" must be a year, month or day/],
      [{ after: 'no-such-thing' }, /no entity has the key "no-such-thing"/],
      [{ before: 'hmic' }, /"hmic" has no date to compare with/],
      [{ relationshipTypes: ['INSPECTS'] }, /allowed: APPOINTED_ON, DUE_BY, ISSUED_ON, PUBLISHED_ON, REPORTED_ON/],
      [{ types: [] }, /"types" is empty/],
    ];
    for (const [variables, message] of cases) {
      const result = await run(h, Timeline, variables as never);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const big = await run<any>(h, `{ timeline(first: 101) { relationship } }`);
    expect(big.errors?.[0]?.message).toMatch(/page size cap of 100/);
  });
});

describe('search', () => {
  it.each(['O’Connor', "O'Connor", 'oconnor', 'OCONNOR', 'o’connor'])(
    'finds Denis O’Connor first for %s',
    async (text) => {
      const d = await data(h, Search, { text });
      expect(d.search[0]?.entity).toMatchObject({ __typename: 'Person', key: 'denis-oconnor', name: 'Denis O’Connor' });
      expect(d.search[0]?.score).toBeGreaterThan(0);
    },
  );

  it('ignores accents and case, ranks by score and filters by type', async () => {
    expect((await data(h, Search, { text: 'FLANÁGAN' })).search[0]?.entity.key).toBe('ronnie-flanagan');
    const d = await data(h, Search, { text: 'violent extremism' });
    // The entity named exactly what was typed comes first; the rest by score.
    expect(d.search[0]?.entity.key).toBe('violent-extremism');
    const scores = d.search.slice(1).map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const prevent = await data(h, Search, { text: 'Prevent' });
    expect(prevent.search[0]?.entity.key).toBe('prevent');
    const rest = prevent.search.slice(1).map((x) => x.score);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    const strands = await data(h, Search, { text: 'prevent', types: ['Strand'] });
    expect(strands.search.map((x) => x.entity.key)).toEqual(['prevent']);
    const partly = await data(h, Search, { text: 'radicalis', types: ['Concept'] });
    expect(partly.search.map((x) => x.entity.key)).toEqual(['radicalisers']);
  });

  it('cannot be broken by Lucene syntax in the text, and refuses empty or oversized text', async () => {
    for (const text of ['prevent)) OR *:*', '"unclosed prevent', 'name:hmic^10 AND', 'hmic \\ / [ { ~']) {
      const result = await run(h, Search, { text });
      expect(result.errors, text).toBeUndefined();
      expect(result.data?.search.length, text).toBeGreaterThan(0);
    }
    // Only words reach Lucene: `name:hmic` searches for the words "name" and "hmic", not a field.
    const fielded = await data(h, Search, { text: 'name:hmic' });
    expect((await run(h, Search, { text: 'hmic', types: [] })).errors?.[0]?.message).toMatch(/"types" is empty/);
    expect(fielded.search[0]?.entity.key).toBe('hmic');
    for (const [text, message] of [
      ['*:*', /at least one letter or digit/],
      ['  ?! ', /at least one letter or digit/],
      ['x'.repeat(201), /search text cap of 200/],
    ] as const) {
      const result = await run(h, Search, { text });
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
