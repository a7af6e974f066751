// Dates in requests are given at the precision the asker means: a year (`2009`), a month (`2009-06`)
// or a day (`2009-06-24`). Each becomes the interval of days it covers, and comparisons are made
// between intervals, the way the graph stores its own CalendarDate nodes (start and end): April
// 2008 is inside "2008", neither before nor after "2008-04-15", and before "2008-05".
import Cypher from '@neo4j/cypher-builder';
import { badInput } from '../../errors.js';
import { calendarPeriod, DATE_TEXT } from '../calendar.js';

export interface Period {
  /** First day covered, ISO 8601. */
  start: string;
  /** Last day covered, ISO 8601. */
  end: string;
}

/** Whether a value is written as a year, month or day (whether or not that day exists). */
export const looksLikePeriod = (value: string) => DATE_TEXT.test(value);

export function parsePeriod(value: unknown, argument: string): Period {
  const hint = `a year, month or day such as 2009, 2009-06 or 2009-06-24`;
  if (typeof value !== 'string' || !looksLikePeriod(value)) throw badInput(`"${argument}" must be ${hint}`, argument);
  const period = calendarPeriod(value);
  if (!period) throw badInput(`"${argument}" is not a calendar date: ${value}`, argument);
  return { start: period.start, end: period.end };
}

/** `d.start OP date(bound) AND d.end OP date(bound)`, with one parameter for both. */
function bothEnds(d: Cypher.Node, op: typeof Cypher.lte, bound: Cypher.Param): Cypher.Predicate {
  return Cypher.and(op(d.property('start'), Cypher.date(bound)), op(d.property('end'), Cypher.date(bound)))!;
}

/** Predicates on a CalendarDate node `d` against a period, each with its bound as a parameter. */
export const periodPredicates = {
  /** d lies wholly on or after the period's first day. */
  from: (d: Cypher.Node, p: Period) => Cypher.gte(d.property('start'), Cypher.date(new Cypher.Param(p.start))),
  /**
   * d lies wholly on or before the period's last day. The bound on `start` follows from the one on
   * `end`, and is written out so that the index on CalendarDate(start) bounds its range on both
   * sides; without it a window read every date after its first day (30 thousand of them in the
   * million-node benchmark graph).
   */
  to: (d: Cypher.Node, p: Period) => bothEnds(d, Cypher.lte, new Cypher.Param(p.end)),
  /** d ends before the period begins (and so starts before it too, for the index). */
  before: (d: Cypher.Node, p: Period) => bothEnds(d, Cypher.lt, new Cypher.Param(p.start)),
  /** d begins after the period ends. */
  after: (d: Cypher.Node, p: Period) => Cypher.gt(d.property('start'), Cypher.date(new Cypher.Param(p.end))),
};
