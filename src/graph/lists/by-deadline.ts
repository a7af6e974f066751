// Recommendations by deadline with a due window (due by the end of a period, or before it begins):
// the page read in the order of the dates themselves, from the index on CalendarDate(start), so that
// the database stops once it holds the page, however many recommendations the graph has.
//
//   MATCH (d:CalendarDate) WHERE d.start <= date($dueByEnd) [AND d.start >= date($cursorStart)]
//   MATCH (d)<-[:DUE_BY]-(m:Recommendation)
//   WHERE <the rest of the filter> AND NOT EXISTS { <a date of m earlier than d> }
//     AND (<d in the window> OR EXISTS { <a date of m in the window> })
//   WITH m, d, <d as start/end> AS s [WHERE <after the cursor's (s, key)>]
//   WITH m, d, s ORDER BY d.start, d.end, m.key LIMIT $first + 1
//
// A recommendation is read once, at its earliest date, which is its sort value (order.ts: the
// earliest of all its dates, as `start/end`; ordering by start, then end, is ordering that text).
// That date starts no later than any date of it in the window, so the window's bound on `start`
// bounds the scan. Ties on (start, end) between two dates of one recommendation go to the smaller
// key, so it is still read once.
//
// Filtered by addressee as well, the page can also start from the addressee (anchor.ts), which costs
// what the addressee's recommendations cost; reading by date costs about the page times the share of
// all recommendations that are the addressee's. Which is cheaper is known only in the database, from
// the addressee's degree and the count of recommendations (both O(1)), so the statement holds both:
//
//   MATCH (g:Entity:Organisation {key: $key})
//   WITH COUNT { (g)<-[:ADDRESSED_TO]-() } ^ 2 > ($first + 1) * COUNT { (:Recommendation) } AS byDate
//   CALL (byDate) {
//     WITH byDate MATCH (d:CalendarDate) WHERE d.start <= CASE WHEN byDate THEN date($dueByEnd) END …
//     UNION ALL
//     WITH byDate WHERE NOT byDate MATCH (:Entity:Organisation {key: $key})<-[:ADDRESSED_TO]-(m) …
//   }
//   WITH m, s ORDER BY s, m.key LIMIT $first + 1
//
// The bound is null unless byDate, and an index seek below null finds nothing: a WHERE on byDate
// alone Neo4j checks after the seek, reading every date of the window first.
import Cypher from '@neo4j/cypher-builder';
import { calendarPeriod } from '../calendar.js';
import type { CursorPosition } from '../ids.js';
import type { Target } from '../model.js';
import type { Anchored } from './anchor.js';
import { DUE_PERIODS, datedBy, type Filter, filterPredicate, periodConditions, present } from './filters.js';
import { afterPosition, interval, type ListOrder } from './order.js';
import { parsePeriod } from './periods.js';

export interface DeadlinePage {
  target: Target;
  filter: unknown;
  order: ListOrder;
  after: CursorPosition | null;
  /** The item and its sort value, as the caller's RETURN names them. */
  m: Cypher.Node;
  s: Cypher.Variable;
  /** `$first + 1`. */
  limit: Cypher.Expr;
  anchored: Anchored | undefined;
  /** The page read from the anchor, as any sorted list is read, after the given start. */
  fromAnchor: (start: Cypher.With) => Cypher.With;
}

/** Whether the list is one this plan answers: recommendations by deadline, due by or before a period. */
export function answersByDeadline(target: Target, order: ListOrder | undefined, filter: unknown): boolean {
  if (target !== 'Recommendation' || order?.by !== 'DEADLINE' || !filter) return false;
  return present((filter as Filter).dueBy) || present((filter as Filter).dueBefore);
}

/** The page's rows (m, s), ordered and limited; the caller adds its RETURN. */
export function byDeadline(p: DeadlinePage): Cypher.With {
  if (!p.anchored) return datedPage(p, undefined);
  const { anchor, hop } = p.anchored;
  const g = new Cypher.Node();
  const byDate = new Cypher.Variable();
  const degree = new Cypher.Count(new Cypher.Pattern(g).related({ type: hop.type, direction: hop.direction }).to());
  const items = new Cypher.Count(new Cypher.Pattern(new Cypher.Node(), { labels: [p.target] }));
  const cheaper = Cypher.gt(Cypher.pow(degree, new Cypher.Literal(2)), Cypher.multiply(p.limit, items));
  const branches = new Cypher.Union(
    datedPage(p, byDate).return(p.m, p.s),
    p.fromAnchor(new Cypher.With(byDate).where(Cypher.not(isTrue(byDate)))).return(p.m, p.s),
  ).all();
  return new Cypher.Match(new Cypher.Pattern(g, anchor))
    .with([cheaper, byDate])
    .call(branches, [byDate])
    .with(p.m, p.s)
    .orderBy([p.s, p.order.direction], [p.m.property('key'), 'ASC'])
    .limit(p.limit);
}

const isTrue = (v: Cypher.Variable) => Cypher.eq(v, Cypher.true);

/** The page read date by date; with `byDate`, only when it is true (see above). */
function datedPage(p: DeadlinePage, byDate: Cypher.Variable | undefined): Cypher.With {
  const filter = p.filter as Filter;
  const { m, s } = p;
  const d = new Cypher.Node();
  const [start, end] = [d.property('start'), d.property('end')];
  const day = (text: string) => {
    const date = Cypher.date(new Cypher.Param(text));
    return byDate ? new Cypher.Case().when(isTrue(byDate)).then(date) : date;
  };
  const bounds: Cypher.Predicate[] = [];
  if (present(filter.dueBy)) bounds.push(Cypher.lte(start, day(parsePeriod(filter.dueBy, 'filter.dueBy').end)));
  if (present(filter.dueBefore))
    bounds.push(Cypher.lt(start, day(parsePeriod(filter.dueBefore, 'filter.dueBefore').start)));
  const resume = p.after && cursorStart(p.after);
  if (resume) bounds.push((p.order.direction === 'ASC' ? Cypher.gte : Cypher.lte)(start, day(resume)));

  const e = new Cypher.Node();
  const [eStart, eEnd] = [e.property('start'), e.property('end')];
  const earlier = new Cypher.Match(
    new Cypher.Pattern(m).related({ type: 'DUE_BY' }).to(e, { labels: ['CalendarDate'] }),
  ).where(
    Cypher.or(
      Cypher.lt(eStart, start),
      Cypher.and(
        Cypher.eq(eStart, start),
        Cypher.or(
          Cypher.lt(eEnd, end),
          Cypher.and(Cypher.eq(eEnd, end), Cypher.lt(e.property('key'), d.property('key'))),
        ),
      ),
    ),
  );
  const due = periodConditions(filter, DUE_PERIODS);
  const inWindow = Cypher.or(Cypher.and(...due.map((c) => c(d))), datedBy(m, 'DUE_BY', due));
  const rest = filterPredicate(p.target, m, { ...filter, dueBy: undefined, dueBefore: undefined, dueAfter: undefined });

  const dates = new Cypher.Pattern(d, { labels: ['CalendarDate'] });
  const first = byDate ? new Cypher.With(byDate).match(dates) : new Cypher.Match(dates);
  const read = first
    .where(Cypher.and(...bounds))
    .match(new Cypher.Pattern(d).related({ type: 'DUE_BY', direction: 'left' }).to(m, { labels: [p.target] }))
    .where(Cypher.and(rest, Cypher.not(new Cypher.Exists(earlier)), inWindow))
    .with(m, d, [interval(d), s]);
  if (p.after) read.where(afterPosition(s, m.property('key'), p.order, p.after));
  const direction = p.order.direction;
  return read
    .with(m, d, s)
    .orderBy([start, direction], [end, direction], [m.property('key'), 'ASC'])
    .limit(p.limit);
}

/** The first day of a cursor's deadline (`start/end`), to bound the index seek; none when it is not one. */
function cursorStart(after: CursorPosition): string | undefined {
  const value = after.order?.value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}\//.test(value)) return undefined;
  const day = value.slice(0, 10);
  return calendarPeriod(day)?.start === day ? day : undefined;
}
