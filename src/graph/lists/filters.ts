// The `filter` argument of lists, per item type, as predicates on the item node `m`. Keys and dates
// are checked here and go into the query as parameters; the relationship types are the model's.
// Dates compare as intervals (periods.ts): a deadline of March 2010 is due by 2010-03 and by 2010,
// neither before nor after 2010-03-15.
import Cypher from '@neo4j/cypher-builder';
import { badInput } from '../../errors.js';
import { checkKey } from '../ids.js';
import type { Target } from '../model.js';
import { parsePeriod, periodPredicates } from './periods.js';

export type Filter = Record<string, unknown>;
/** `at` names the filter in errors: `filter`, or `filter.addressee` for one nested in another. */
type FilterSpec = (m: Cypher.Node, filter: Filter, at: string) => Cypher.Predicate[];

export const present = (value: unknown) => value !== undefined && value !== null;

/** `EXISTS { (m)-[:TYPE]->(:Label {key: $key}) }`, or the relationship read the other way. */
function linkedTo(
  m: Cypher.Node,
  type: string,
  direction: 'right' | 'left',
  label: string,
  key: unknown,
  argument: string,
): Cypher.Predicate {
  const other = { labels: [label], properties: { key: new Cypher.Param(checkKey(String(key), argument)) } };
  return new Cypher.Exists(new Cypher.Pattern(m).related({ type, direction }).to(other));
}

/** `EXISTS { MATCH (m)-[:TYPE]->(d:CalendarDate) WHERE … }`: one date meeting every condition given. */
export function datedBy(
  m: Cypher.Node,
  type: Cypher.LabelExpr | string,
  conditions: ((d: Cypher.Node) => Cypher.Predicate)[],
): Cypher.Predicate {
  const d = new Cypher.Node();
  const match = new Cypher.Match(new Cypher.Pattern(m).related({ type }).to(d, { labels: ['CalendarDate'] }));
  if (conditions.length > 0) match.where(Cypher.and(...conditions.map((c) => c(d))));
  return new Cypher.Exists(match);
}

export function periodConditions(filter: Filter, names: Record<string, keyof typeof periodPredicates>) {
  return Object.entries(names)
    .filter(([name]) => present(filter[name]))
    .map(([name, comparison]) => {
      const period = parsePeriod(filter[name], `filter.${name}`);
      return (d: Cypher.Node) => periodPredicates[comparison](d, period);
    });
}

/** The deadline filters of recommendations and how each compares a date with its period. */
export const DUE_PERIODS = { dueBy: 'to', dueBefore: 'before', dueAfter: 'after' } as const;

const FILTERS: Partial<Record<Target, FilterSpec>> = {
  Recommendation(m, f) {
    const predicates: Cypher.Predicate[] = [];
    if (present(f.addressedTo))
      predicates.push(linkedTo(m, 'ADDRESSED_TO', 'right', 'Organisation', f.addressedTo, 'filter.addressedTo'));
    if (present(f.addressee)) {
      // EXISTS { MATCH (m)-[:ADDRESSED_TO]->(o:Organisation) WHERE <the organisation filter on o> }
      const o = new Cypher.Node();
      const match = new Cypher.Match(
        new Cypher.Pattern(m).related({ type: 'ADDRESSED_TO' }).to(o, { labels: ['Organisation'] }),
      );
      const where = filterPredicate('Organisation', o, f.addressee, undefined, 'filter.addressee');
      predicates.push(new Cypher.Exists(where ? match.where(where) : match));
    }
    if (present(f.strand)) {
      // A recommendation belongs to the strand its report is about.
      const strand = {
        labels: ['Strand'],
        properties: { key: new Cypher.Param(checkKey(String(f.strand), 'filter.strand')) },
      };
      const path = new Cypher.Pattern(m)
        .related({ type: 'RECOMMENDS', direction: 'left' })
        .to({ labels: ['Document'] })
        .related({ type: 'CONCERNS' })
        .to(strand);
      predicates.push(new Cypher.Exists(path));
    }
    const due = periodConditions(f, DUE_PERIODS);
    if (due.length > 0) predicates.push(datedBy(m, 'DUE_BY', due));
    if (f.hasDeadline === true) predicates.push(datedBy(m, 'DUE_BY', []));
    if (f.hasDeadline === false) predicates.push(Cypher.not(datedBy(m, 'DUE_BY', [])));
    return predicates;
  },
  Organisation(m, f, at) {
    const predicates: Cypher.Predicate[] = [];
    if (present(f.kind)) predicates.push(Cypher.eq(m.property('kind'), new Cypher.Param(f.kind)));
    if (present(f.inspectedBy))
      predicates.push(linkedTo(m, 'INSPECTS', 'left', 'Organisation', f.inspectedBy, `${at}.inspectedBy`));
    if (present(f.regulatedBy))
      predicates.push(linkedTo(m, 'REGULATES', 'left', 'Organisation', f.regulatedBy, `${at}.regulatedBy`));
    return predicates;
  },
  Document(m, f) {
    const predicates: Cypher.Predicate[] = [];
    if (present(f.kind)) predicates.push(Cypher.eq(m.property('kind'), new Cypher.Param(f.kind)));
    if (present(f.publishedBy))
      predicates.push(linkedTo(m, 'PUBLISHED', 'left', 'Organisation', f.publishedBy, 'filter.publishedBy'));
    if (present(f.writtenBy))
      predicates.push(linkedTo(m, 'WROTE', 'left', 'Organisation', f.writtenBy, 'filter.writtenBy'));
    if (present(f.concerns)) predicates.push(linkedTo(m, 'CONCERNS', 'right', 'Strand', f.concerns, 'filter.concerns'));
    const dated = periodConditions(f, { datedFrom: 'from', datedTo: 'to' });
    if (dated.length > 0) predicates.push(datedBy(m, Cypher.labelExpr.or('PUBLISHED_ON', 'ISSUED_ON'), dated));
    return predicates;
  },
  CalendarDate(m, f) {
    const predicates = periodConditions(f, { from: 'from', to: 'to' }).map((condition) => condition(m));
    if (present(f.precision)) predicates.push(Cypher.eq(m.property('precision'), new Cypher.Param(f.precision)));
    return predicates;
  },
  Entity(m, f) {
    if (!present(f.types)) return [];
    if (!Array.isArray(f.types) || f.types.length === 0)
      throw badInput('"filter.types" must name at least one entity type', 'filter.types');
    const l = new Cypher.Variable();
    return [Cypher.any(l, Cypher.labels(m), Cypher.in(l, new Cypher.Param(f.types)))];
  },
};

/** The item types whose lists take a `filter`. */
export const FILTERABLE = Object.keys(FILTERS) as Target[];

/** The filter as one predicate on `m`; undefined when nothing is filtered. `except` names a field
 * already answered by the list's pattern (see anchorOf, anchor.ts). */
export function filterPredicate(
  target: Target,
  m: Cypher.Node,
  filter: unknown,
  except?: string,
  at = 'filter',
): Cypher.Predicate | undefined {
  const spec = FILTERS[target];
  if (!spec || filter === null || filter === undefined) return undefined;
  const predicates = spec(m, except ? { ...(filter as Filter), [except]: undefined } : (filter as Filter), at);
  const basis = (filter as Filter).basis;
  // Entities written before basis existed, and curators' own, count as stated.
  if (present(basis))
    predicates.push(
      Cypher.eq(Cypher.coalesce(m.property('basis'), new Cypher.Literal('STATED')), new Cypher.Param(basis)),
    );
  return predicates.length > 0 ? Cypher.and(...predicates) : undefined;
}
