// Recommendations by deadline within a due window are read date by date, or from the addressee when
// its degree says that is cheaper (src/graph/lists/by-deadline.ts). This checks every page of such
// lists against the plain definition (each recommendation's earliest deadline, every recommendation
// the filter lets through, sorted), on recommendations with several deadlines in and out of the
// window, at day, month and year precision, two dates of the same interval, ties, and none.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, openHarness, type Harness } from '../support/helpers.js';

let h: Harness;

// start, end and precision of each date; `2031-03-alt` covers the same month as `2031-03`.
const DATES: Record<string, [string, string, string]> = {
  '2031': ['2031-01-01', '2031-12-31', 'YEAR'],
  '2032': ['2032-01-01', '2032-12-31', 'YEAR'],
  '2031-01': ['2031-01-01', '2031-01-31', 'MONTH'],
  '2031-03': ['2031-03-01', '2031-03-31', 'MONTH'],
  '2031-03-alt': ['2031-03-01', '2031-03-31', 'MONTH'],
  '2031-06': ['2031-06-01', '2031-06-30', 'MONTH'],
  '2031-12': ['2031-12-01', '2031-12-31', 'MONTH'],
  '2032-06': ['2032-06-01', '2032-06-30', 'MONTH'],
  '2031-06-15': ['2031-06-15', '2031-06-15', 'DAY'],
  '2031-06-30': ['2031-06-30', '2031-06-30', 'DAY'],
};
const DATE_KEYS = Object.keys(DATES);
const BIG = 'test-deadline-big';
const SMALL = 'test-deadline-small';
const COUNT = 40;

/** Deterministic deadlines and addressees: every recommendation its own mix. */
function recommendations() {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 16807) % 2147483647;
    return seed % n;
  };
  return Array.from({ length: COUNT }, (_, i) => {
    const deadlines = new Set<string>();
    const wanted = next(4); // 0 to 3 deadlines
    while (deadlines.size < wanted) deadlines.add(DATE_KEYS[next(DATE_KEYS.length)]!);
    if (i === 1) deadlines.add('2031-03-alt').add('2031-03'); // two dates of one interval
    const to = i % 9 === 0 ? [SMALL] : i % 5 === 0 ? [BIG, SMALL] : [BIG];
    return { key: `rec-test-deadline-${String(i).padStart(2, '0')}`, number: i, deadlines: [...deadlines], to };
  });
}

beforeAll(async () => {
  h = await openHarness({ restoreOnClose: true });
  await h.db.write(
    `UNWIND $dates AS d
     CREATE (:Entity:CalendarDate {key: d.key, name: d.key, start: date(d.start), end: date(d.end), precision: d.precision})
     WITH count(*) AS done
     UNWIND $orgs AS o CREATE (:Entity:Organisation {key: o, name: o, kind: 'POLICING_BODY'})
     WITH count(*) AS done
     UNWIND $recs AS r
     CREATE (m:Entity:Recommendation {key: r.key, name: r.key, number: r.number, text: r.key})
     WITH m, r
     CALL (m, r) { UNWIND r.deadlines AS k MATCH (d:CalendarDate {key: k}) CREATE (m)-[:DUE_BY]->(d) }
     CALL (m, r) { UNWIND r.to AS k MATCH (o:Organisation {key: k}) CREATE (m)-[:ADDRESSED_TO]->(o) }`,
    {
      dates: Object.entries(DATES).map(([key, [start, end, precision]]) => ({ key, start, end, precision })),
      orgs: [BIG, SMALL],
      recs: recommendations().map((r) => ({ ...r, number: neo4j.int(r.number) })),
    },
  );
});
afterAll(() => h.close());

/** A due window as the API takes it, and the days it means: due by `by`, due before `before`. */
type Window = { filter: string; by: string | null; before: string | null };

/** The definition: every recommendation the filter lets through, by its earliest deadline, then key. */
async function byDefinition(addressedTo: string | undefined, window: Window, direction: 'ASC' | 'DESC') {
  const result = await h.db.read(
    `MATCH (m:Recommendation)
     WHERE ($to IS NULL OR EXISTS { (m)-[:ADDRESSED_TO]->(:Organisation {key: $to}) })
       AND EXISTS { MATCH (m)-[:DUE_BY]->(e:CalendarDate)
                    WHERE ($by IS NULL OR (e.end <= date($by) AND e.start <= date($by)))
                      AND ($before IS NULL OR (e.end < date($before) AND e.start < date($before))) }
     RETURN m.key AS key, [(m)-[:DUE_BY]->(e:CalendarDate) | toString(e.start) + '/' + toString(e.end)] AS deadlines`,
    { to: addressedTo ?? null, by: window.by, before: window.before },
  );
  const rows = result.records.map((r) => ({
    key: r.get('key') as string,
    s: (r.get('deadlines') as string[]).sort()[0]!,
  }));
  const sign = direction === 'ASC' ? 1 : -1;
  rows.sort((a, b) => (a.s === b.s ? (a.key < b.key ? -1 : 1) : a.s < b.s ? -sign : sign));
  return rows.map((r) => r.key);
}

/** Every page of the API's list, `first` at a time, joined; and the totalCount each page gave. */
async function walk(filter: string, direction: string, first: number) {
  const seen: string[] = [];
  const counts = new Set<number>();
  let after: string | null = null;
  for (let page = 0; page < 60; page++) {
    const d: any = await data<any>(
      h,
      `query($after: String, $first: Int!) { recommendations(first: $first, after: $after, filter: ${filter},
         orderBy: { by: DEADLINE, direction: ${direction} }) { totalCount pageInfo { hasNextPage endCursor } nodes { key } } }`,
      { after, first },
    );
    const list = d.recommendations;
    seen.push(...list.nodes.map((n: { key: string }) => n.key));
    counts.add(list.totalCount);
    if (!list.pageInfo.hasNextPage) return { seen, counts: [...counts] };
    expect(list.nodes).toHaveLength(first);
    after = list.pageInfo.endCursor;
  }
  throw new Error('pages never ended');
}

describe('recommendations by deadline within a due window', () => {
  const windows: Window[] = [
    { filter: 'dueBy: "2031"', by: '2031-12-31', before: null },
    { filter: 'dueBy: "2031-06"', by: '2031-06-30', before: null },
    { filter: 'dueBy: "2031-06-15"', by: '2031-06-15', before: null },
    { filter: 'dueBefore: "2032"', by: null, before: '2032-01-01' },
    { filter: 'dueBy: "2032", dueBefore: "2032-06"', by: '2032-12-31', before: '2032-06-01' },
  ];

  // The same test as the statement's (by-deadline.ts), to show that both readings are exercised.
  const readings = new Set<string>();
  const degree: Record<string, number> = { [BIG]: 0, [SMALL]: 0 };
  for (const r of recommendations()) for (const o of r.to) degree[o]!++;

  it.each(windows)(
    'gives every page of the definition, whichever way it reads: $filter',
    async (window) => {
      const total = Number((await h.db.read('MATCH (m:Recommendation) RETURN count(m) AS n')).records[0]!.get('n'));
      for (const addressedTo of [BIG, SMALL, undefined]) {
        for (const direction of ['ASC', 'DESC'] as const) {
          const expected = await byDefinition(addressedTo, window, direction);
          for (const first of [3, 100]) {
            const filter = `{ ${addressedTo ? `addressedTo: "${addressedTo}", ` : ''}${window.filter} }`;
            const got = await walk(filter, direction, first);
            const c = JSON.stringify({ window: window.filter, addressedTo, direction, first });
            expect(got.seen, c).toEqual(expected);
            expect(got.counts, c).toEqual([expected.length]);
            if (addressedTo) readings.add(degree[addressedTo]! ** 2 > (first + 1) * total ? 'date' : 'anchor');
          }
        }
      }
    },
    120_000,
  );

  it('read both ways above', () => {
    expect([...readings].sort()).toEqual(['anchor', 'date']);
  });
});
