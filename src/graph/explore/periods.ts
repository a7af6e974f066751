// Dates in requests are given at the precision the asker means: a year (`2009`), a month (`2009-06`)
// or a day (`2009-06-24`). Each becomes the interval of days it covers, and comparisons are made
// between intervals, the way the graph stores its own CalendarDate nodes (start and end): April
// 2008 is inside "2008", neither before nor after "2008-04-15", and before "2008-05".
import Cypher from '@neo4j/cypher-builder';
import { badInput } from '../../errors.js';

export interface Period {
  /** First day covered, ISO 8601. */
  start: string;
  /** Last day covered, ISO 8601. */
  end: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function parsePeriod(value: unknown, argument: string): Period {
  const match = typeof value === 'string' ? PATTERN.exec(value) : null;
  const hint = `a year, month or day such as 2009, 2009-06 or 2009-06-24`;
  if (!match) throw badInput(`"${argument}" must be ${hint}`, argument);
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  const start = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  // Date.UTC rolls 2009-02-30 over into March; a value that does not survive the trip is no date.
  if (start.getUTCFullYear() !== year || start.getUTCMonth() + 1 !== (month ?? 1) || start.getUTCDate() !== (day ?? 1)) {
    throw badInput(`"${argument}" is not a calendar date: ${String(value)}`, argument);
  }
  const end = day !== undefined ? start : new Date(Date.UTC(month !== undefined ? year : year + 1, month ?? 0, 0));
  return { start: iso(start), end: iso(end) };
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
