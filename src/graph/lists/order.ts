// The `orderBy` argument of lists: what each item type can be sorted by, and keyset paging under
// that order. Ties are broken by key, so (sort value, key) is unique and a cursor holding both
// resumes exactly after the last item seen, however the graph changes between pages.
import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { badInput } from '../../errors.js';
import type { CursorPosition, SortValue } from '../ids.js';
import { ENTITY_TYPES, type Target } from '../model.js';

export type SortDirection = 'ASC' | 'DESC';
export interface ListOrder {
  by: string;
  direction: SortDirection;
}

type SortValueOf = (m: Cypher.Node) => Cypher.Expr;

/** `start/end` of a date as text: sorts like the interval (a month before the days it holds after it). */
export const interval = (d: Cypher.Node) =>
  Cypher.concat(
    Cypher.concat(Cypher.toString(d.property('start')), new Cypher.Literal('/')),
    Cypher.toString(d.property('end')),
  );

/** The earliest date an item is linked to by one of `types`, as an interval; null when it has none. */
const earliest =
  (...types: string[]): SortValueOf =>
  (m) => {
    const d = new Cypher.Node();
    const value = new Cypher.Variable();
    const type = types.length === 1 ? types[0]! : Cypher.labelExpr.or(...types);
    const dates = new Cypher.Match(new Cypher.Pattern(m).related({ type }).to(d, { labels: ['CalendarDate'] }))
      .return([interval(d), value])
      .orderBy([value, 'ASC']);
    return Cypher.head(new Cypher.Collect(dates));
  };

const COMMON: Record<string, SortValueOf> = { KEY: (m) => m.property('key'), NAME: (m) => m.property('name') };

export const SORT_FIELDS: Record<Target, Record<string, SortValueOf>> = {
  ...(Object.fromEntries(ENTITY_TYPES.map((type) => [type, COMMON])) as Record<Target, Record<string, SortValueOf>>),
  Entity: COMMON,
  Recommendation: { ...COMMON, NUMBER: (m) => m.property('number'), DEADLINE: earliest('DUE_BY') },
  Document: { ...COMMON, DATE: earliest('PUBLISHED_ON', 'ISSUED_ON') },
  CalendarDate: { ...COMMON, DATE: interval },
};

const DEFAULT_ORDER: ListOrder = { by: 'KEY', direction: 'ASC' };

/** The order a list asks for; undefined for the default (by key, ascending), the cheapest. */
export function orderOf(target: Target, orderBy: unknown): ListOrder | undefined {
  if (orderBy === null || orderBy === undefined) return undefined;
  const { by, direction = 'ASC' } = orderBy as Partial<ListOrder>;
  if (typeof by !== 'string' || !(by in SORT_FIELDS[target])) {
    throw badInput(`"orderBy.by" must be one of ${Object.keys(SORT_FIELDS[target]).join(', ')}`, 'orderBy');
  }
  return by === DEFAULT_ORDER.by && direction === DEFAULT_ORDER.direction ? undefined : { by, direction };
}

/** A cursor must come from a page of the same order; one from another would skip or repeat items. */
export function checkCursorOrder(after: CursorPosition | null, order: ListOrder | undefined): void {
  if (!after) return;
  const made = after.order ? `${after.order.by} ${after.order.direction}` : 'KEY ASC';
  const asked = order ? `${order.by} ${order.direction}` : 'KEY ASC';
  if (made !== asked) throw badInput(`"after" is a cursor of a list ordered by ${made}, not ${asked}`, 'after');
  // A sort value of another type would compare as unequal to everything: an empty or wrong page.
  const value = after.order?.value;
  const expected = after.order?.by === 'NUMBER' ? 'number' : 'string';
  if (
    value !== undefined &&
    value !== null &&
    (typeof value !== expected || (expected === 'number' && !Number.isInteger(value)))
  ) {
    throw badInput(
      `"after" is not a valid cursor: its ${after.order!.by} value is not a ${expected === 'number' ? 'whole number' : 'text'}`,
      'after',
    );
  }
}

const param = (value: SortValue) =>
  new Cypher.Param(typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value);

/**
 * Items after (value, key) in `ORDER BY s <direction>, m.key ASC`. Neo4j sorts nulls last going up
 * and first going down, and an item without a sort value (a recommendation without a deadline) is
 * still an item, so the null cases are spelt out.
 */
export function afterPosition(
  s: Cypher.Expr,
  key: Cypher.Expr,
  order: ListOrder,
  after: CursorPosition,
): Cypher.Predicate {
  const value = after.order!.value;
  const laterKey = Cypher.gt(key, new Cypher.Param(after.key));
  if (value === null) {
    const tiedAndLater = Cypher.and(Cypher.isNull(s), laterKey);
    return order.direction === 'ASC' ? tiedAndLater : Cypher.or(tiedAndLater, Cypher.isNotNull(s));
  }
  const v = param(value);
  const beyond = order.direction === 'ASC' ? Cypher.gt(s, v) : Cypher.lt(s, v);
  const tied = Cypher.and(Cypher.eq(s, v), laterKey);
  return order.direction === 'ASC' ? Cypher.or(beyond, tied, Cypher.isNull(s)) : Cypher.or(beyond, tied);
}

/** The raw cursor of an item under a non-default order: `[by, direction, value, key]`. */
export function sortedCursor(order: ListOrder, s: Cypher.Expr, key: Cypher.Expr): Cypher.Expr {
  return new Cypher.List([new Cypher.Param(order.by), new Cypher.Param(order.direction), s, key]);
}
