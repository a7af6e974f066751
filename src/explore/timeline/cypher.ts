// Dated events in a window, oldest first: every relationship from an entity to a CalendarDate (a
// document published or issued, a person appointed, a recommendation due). Dates compare as the
// intervals they cover (see ../lists/periods.ts), so April 2008 sorts before 24 June 2009 and "2009" holds it.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import neo4j from 'neo4j-driver';
import { checkKey } from '../../graph/ids.js';
import { RELATIONS, type EntityType } from '../../graph/model.js';
import { project, typeExpression } from '../../graph/cypher-parts.js';
import { checkEntityTypes, checkRelationshipTypes } from '../../graph/lists/bounds.js';
import { checkFirst } from '../../graph/lists/page.js';
import { looksLikePeriod, parsePeriod, periodPredicates, type Period } from '../../graph/lists/periods.js';
import type { Statement } from '../../graph/statement.js';
import type { Translator } from '../../graph/translate.js';

/** The arguments as the schema passes them, defaults applied (args.ts). */
export interface TimelineArgs {
  from?: string | null;
  to?: string | null;
  /** Strictly after a period, or after the latest date of an entity (`police-prevent-strategy-and-delivery-plan`). */
  after?: string | null;
  /** Strictly before a period, or before the earliest date of an entity. */
  before?: string | null;
  types?: EntityType[] | null;
  relationshipTypes?: string[] | null;
  first: number;
}

/** The relationships that date something: those whose far end is a CalendarDate. */
export const DATING_RELATIONS = RELATIONS.filter((r) => r.to.includes('CalendarDate'));

type Anchor = { argument: 'after' | 'before'; period: Period } | { argument: 'after' | 'before'; key: string };

function anchorOf(value: string | null | undefined, argument: 'after' | 'before'): Anchor | undefined {
  if (value === null || value === undefined) return undefined;
  if (looksLikePeriod(value)) return { argument, period: parsePeriod(value, argument) };
  return { argument, key: checkKey(value, argument) };
}

/**
 * [OPTIONAL MATCH (x:Entity {key: $after})               -- when `after` names an entity
 *  WITH *, head(COLLECT { MATCH (x)-[:DUE_BY|…]->(own:CalendarDate) RETURN own.end ORDER BY own.end DESC }) AS bound]
 * RETURN [{argument: 'after', key: $after, exists: x IS NOT NULL, dated: bound IS NOT NULL}] AS anchors, COLLECT {
 *   MATCH (e:Entity)-[r:DUE_BY|…]->(d:CalendarDate)
 *   WHERE d.start >= date($from) AND d.end <= date($to) AND d.start > bound AND any(l IN labels(e) WHERE l IN $types)
 *   RETURN { date: d {…}, entity: e {…}, relationship: type(r), sources: […] }
 *   ORDER BY d.start, d.end, type(r), e.key LIMIT $first
 * } AS result
 */
export function timeline(t: Translator, args: TimelineArgs, tree: ResolveTree): Statement {
  const window = {
    from: args.from == null ? undefined : parsePeriod(args.from, 'from'),
    to: args.to == null ? undefined : parsePeriod(args.to, 'to'),
  };
  const anchors = [anchorOf(args.after, 'after'), anchorOf(args.before, 'before')].filter(
    (a): a is Anchor => a !== undefined,
  );
  const first = checkFirst(args.first, t.options);
  const types = checkRelationshipTypes(args.relationshipTypes, 'relationshipTypes', DATING_RELATIONS);
  const entityTypes = checkEntityTypes(args.types);

  const e = new Cypher.Node();
  const r = new Cypher.Relationship();
  const d = new Cypher.Node();
  const conditions: Cypher.Predicate[] = [];
  if (window.from) conditions.push(periodPredicates.from(d, window.from));
  if (window.to) conditions.push(periodPredicates.to(d, window.to));
  if (entityTypes) {
    const l = new Cypher.Variable();
    conditions.push(Cypher.any(l, Cypher.labels(e), Cypher.in(l, new Cypher.Param(entityTypes))));
  }

  // An entity named as an anchor is looked up once, in the same query; its own dates bound the window.
  let lookups: Cypher.With | undefined;
  const reports: Cypher.Map[] = [];
  for (const anchor of anchors) {
    const after = anchor.argument === 'after';
    if ('period' in anchor) {
      conditions.push((after ? periodPredicates.after : periodPredicates.before)(d, anchor.period));
      continue;
    }
    const x = new Cypher.Node();
    const own = new Cypher.Node();
    const bound = new Cypher.Variable();
    const key = new Cypher.Param(anchor.key);
    const lookup = new Cypher.Pattern(x, { labels: ['Entity'], properties: { key } });
    // after: later than the end of its latest date; before: earlier than the start of its earliest.
    const edge = after ? own.property('end') : own.property('start');
    const ownDates = new Cypher.Match(
      new Cypher.Pattern(x).related({ type: typeExpression(types) }).to(own, { labels: ['CalendarDate'] }),
    )
      .return(edge)
      .orderBy([edge, after ? 'DESC' : 'ASC']);
    lookups = (lookups ? lookups.optionalMatch(lookup) : new Cypher.OptionalMatch(lookup)).with('*', [
      Cypher.head(new Cypher.Collect(ownDates)),
      bound,
    ]);
    conditions.push(after ? Cypher.gt(d.property('start'), bound) : Cypher.lt(d.property('end'), bound));
    reports.push(
      new Cypher.Map({
        argument: new Cypher.Literal(anchor.argument),
        key,
        exists: Cypher.isNotNull(x),
        dated: Cypher.isNotNull(bound),
      }),
    );
  }

  const event = project(tree.fieldsByTypeName, 'TimelineEvent', (field) => {
    if (field.name === 'date') return t.entity(d, 'CalendarDate', field.fieldsByTypeName);
    if (field.name === 'entity') return t.entity(e, 'Entity', field.fieldsByTypeName);
    if (field.name === 'relationship') return Cypher.type(r);
    if (field.name === 'sources') return t.sources(r, field.fieldsByTypeName);
    return undefined;
  });
  const events = new Cypher.Match(
    new Cypher.Pattern(e, { labels: ['Entity'] })
      .related(r, { type: typeExpression(types) })
      .to(d, { labels: ['CalendarDate'] }),
  );
  if (conditions.length > 0) events.where(Cypher.and(...conditions));
  const page = events
    .return(event)
    .orderBy(
      [d.property('start'), 'ASC'],
      [d.property('end'), 'ASC'],
      [Cypher.type(r), 'ASC'],
      [e.property('key'), 'ASC'],
    )
    .limit(new Cypher.Param(neo4j.int(first)));

  const columns: [Cypher.Expr, string][] = [
    [new Cypher.List(reports), 'anchors'],
    [new Cypher.Collect(page), 'result'],
  ];
  return (lookups ? lookups.return(...columns) : new Cypher.Return(...columns)).build();
}
