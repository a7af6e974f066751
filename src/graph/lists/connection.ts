// A connection (Relay list): either a relationship field of an entity or a top-level list of a type,
// as one COLLECT subquery inside the root field's statement. When `hasNextPage` is asked, it reads one
// item past the page so that it needs no second query; each item carries its cursor only when a
// cursor is asked (an edge's, or pageInfo's start or end). Without either (a plain `nodes` list, the
// common case) it reads the page alone, without the extra item and, at each level of a nested read,
// without that item's own lists. A `filter` adds to its WHERE (and to totalCount's); an `orderBy`
// other than by key sorts on a value `s` computed per item, and the cursor then carries that value
// (see order.ts). With hasNextPage and cursors asked:
//   MATCH … WHERE <filter> WITH r, m, <sort value> AS s WHERE <after (s, key)>
//   WITH r, m, s ORDER BY s DESC, m.key ASC LIMIT $first + 1 RETURN { cursor: [$by, $dir, s, m.key], … }
//
//   head([items IN [COLLECT {
//     MATCH (from)-[r:TYPE]->(m:Target) WHERE m.key > $after
//     WITH r, m ORDER BY m.key ASC LIMIT $first + 1
//     RETURN { cursor: m.key, n0: {…}, e1: {…} }
//   }] | { totalCount: COUNT { … }, edges: [x IN items[0..$first] | …], pageInfo: {…} }])
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import neo4j from 'neo4j-driver';
import { sliceTo } from '../cypher-parts.js';
import type { EntityProjection } from '../entity/projection.js';
import type { EntityType, RelationField, Target } from '../model.js';
import { anchorOf } from './anchor.js';
import { answersByDeadline, byDeadline } from './by-deadline.js';
import { filterPredicate } from './filters.js';
import { afterPosition, checkCursorOrder, orderOf, SORT_FIELDS, sortedCursor } from './order.js';
import { checkPage, type PageSizes } from './page.js';
import { edgeRelationship, pageInfo } from './page-info.js';

export type ListSource = { from: Cypher.Node; field: RelationField } | { type: EntityType };

/** The pattern of the list's items `m` (reached by `r` from `from` for a relationship field). */
function itemPattern(source: ListSource, m: Cypher.Node, r: Cypher.Relationship, labels: string[]): Cypher.Pattern {
  if ('type' in source) return new Cypher.Pattern(m, { labels });
  const direction = source.field.direction === 'OUT' ? 'right' : 'left';
  return new Cypher.Pattern(source.from).related(r, { type: source.field.relation.type, direction }).to(m, { labels });
}

/**
 * `COUNT { … }` of the filtered list; the counted node is named only when a filter needs it. An
 * unfiltered relationship field counts `(from)-[:TYPE]->()` with no label on the far end, which
 * Neo4j answers from the node's degree (GetDegree) instead of visiting every relationship: a hub's
 * 100,000 reports cost what ten do. The label would add nothing: every write path (the load's
 * claims files, the curation mutations) refuses a relationship whose ends are not of the types the
 * model gives it, and labels are never removed, so the far end of every `TYPE` relationship in this
 * direction has the field's target label (its only type, or `Entity`).
 * tests/integration/model-conformance.test.ts checks that the store keeps to this.
 */
function totalCount(source: ListSource, target: Target, labels: string[], filter: unknown): Cypher.Expr {
  const counted = new Cypher.Node();
  const anchored = 'type' in source ? anchorOf(target, counted, labels, filter) : undefined;
  const where = filterPredicate(target, counted, filter, anchored?.field);
  let pattern: Cypher.Pattern;
  if (anchored) pattern = anchored.pattern;
  else if ('type' in source) pattern = new Cypher.Pattern(where ? counted : new Cypher.Node(), { labels });
  else {
    const hop = new Cypher.Pattern(source.from).related({
      type: source.field.relation.type,
      direction: source.field.direction === 'OUT' ? 'right' : 'left',
    });
    pattern = where ? hop.to(counted, { labels }) : hop.to();
  }
  return new Cypher.Count(where ? new Cypher.Match(pattern).where(where) : pattern);
}

/**
 * What the selection needs: any of the page's items (`items`: nodes, edges or pageInfo; else only a
 * count), the item past the page (`hasNextPage`), and each item's cursor (an edge's `cursor`,
 * pageInfo's `startCursor` or `endCursor`); and whether it is `plain`: one `nodes` list, with no
 * edges and no pageInfo beside it (totalCount is a count of its own, and a `__typename` is answered
 * from the schema), which the COLLECT subquery then returns as the list's value.
 */
function needs(
  fields: readonly ResolveTree[],
  target: Target,
): { items: boolean; lookahead: boolean; cursors: boolean; plain: boolean } {
  let lookahead = false;
  let cursors = false;
  let nodeLists = 0;
  let beside = false;
  for (const field of fields) {
    if (field.name === 'nodes') nodeLists++;
    if (field.name === 'edges' || field.name === 'pageInfo') beside = true;
    if (field.name === 'pageInfo') {
      for (const info of Object.values(field.fieldsByTypeName.PageInfo ?? {})) {
        if (info.name === 'hasNextPage') lookahead = true;
        if (info.name === 'startCursor' || info.name === 'endCursor') cursors = true;
      }
    } else if (field.name === 'edges') {
      for (const edge of Object.values(field.fieldsByTypeName[`${target}Edge`] ?? {}))
        if (edge.name === 'cursor') cursors = true;
    }
  }
  return { items: nodeLists > 0 || beside, lookahead, cursors, plain: nodeLists === 1 && !beside };
}

export function connection(
  entities: EntityProjection,
  pages: PageSizes,
  tree: ResolveTree,
  source: ListSource,
): Cypher.Expr {
  const { first, after } = checkPage(tree.args as { first?: unknown; after?: unknown }, pages);
  const target: Target = 'type' in source ? source.type : source.field.target;
  const order = orderOf(target, tree.args.orderBy);
  checkCursorOrder(after, order);
  const s = new Cypher.Variable();
  const m = new Cypher.Node();
  const r = new Cypher.Relationship();
  const labels = [target === 'Entity' ? 'Entity' : target];
  // A top-level list filtered by a link to one keyed entity starts from that entity (anchorOf).
  const anchored = 'type' in source ? anchorOf(target, m, labels, tree.args.filter) : undefined;
  const pattern = anchored ? anchored.pattern : itemPattern(source, m, r, labels);

  const firstParam = new Cypher.Param(neo4j.int(first));
  const selected = tree.fieldsByTypeName[`${target}Connection`] ?? {};
  const fields = Object.values(selected);
  const { items: anyItems, lookahead, cursors, plain } = needs(fields, target);
  const item = new Cypher.Map();
  if (cursors) item.set('cursor', order ? sortedCursor(order, s, m.property('key')) : m.property('key'));
  const x = new Cypher.Variable();
  const items = new Cypher.Variable();
  const page = lookahead ? sliceTo(items, firstParam) : items;
  const result = new Cypher.Map();
  let plainNodes: { alias: string; entity: Cypher.Expr } | undefined;
  let slot = 0;
  for (const [alias, sub] of Object.entries(selected)) {
    if (sub.name === 'totalCount') {
      result.set(alias, totalCount(source, target, labels, tree.args.filter));
    } else if (sub.name === 'nodes' && plain) {
      plainNodes = { alias, entity: entities.entity(m, target, sub.fieldsByTypeName) };
    } else if (sub.name === 'nodes') {
      const key = `n${slot++}`;
      item.set(key, entities.entity(m, target, sub.fieldsByTypeName));
      result.set(alias, new Cypher.ListComprehension(x).in(page).map(x.property(key)));
    } else if (sub.name === 'edges') {
      const edge = new Cypher.Map();
      for (const [edgeAlias, edgeField] of Object.entries(sub.fieldsByTypeName[`${target}Edge`] ?? {})) {
        const key = `e${slot++}`;
        if (edgeField.name === 'cursor') {
          edge.set(edgeAlias, x.property('cursor'));
          continue;
        }
        if (edgeField.name === 'node') item.set(key, entities.entity(m, target, edgeField.fieldsByTypeName));
        else if (edgeField.name === 'relationship') {
          item.set(
            key,
            'type' in source ? Cypher.Null : edgeRelationship(entities, r, source.field, edgeField.fieldsByTypeName),
          );
        } else continue;
        edge.set(edgeAlias, x.property(key));
      }
      result.set(alias, new Cypher.ListComprehension(x).in(page).map(edge));
    } else if (sub.name === 'pageInfo') {
      result.set(alias, pageInfo(sub.fieldsByTypeName, items, page, firstParam, after));
    }
  }

  const match = new Cypher.Match(pattern);
  const filter = filterPredicate(target, m, tree.args.filter, anchored?.field);
  // Only totalCount asked for: a count, without reading (and sorting) a page of items;
  // the filter is still checked above, so bad input is refused whatever is selected.
  if (!anyItems) return result;

  const keyAfter = after !== null && !order ? Cypher.gt(m.property('key'), new Cypher.Param(after.key)) : undefined;
  // A top-level list by key reads its type's key index in order (cypher/schema/): every entity has a
  // key, but Neo4j uses an index for order only under a predicate on the property.
  const byIndex =
    'type' in source && !anchored && !order && !keyAfter ? Cypher.isNotNull(m.property('key')) : undefined;
  if (filter || keyAfter || byIndex) match.where(Cypher.and(byIndex, filter, keyAfter));
  const carried = 'type' in source ? [m] : [r, m];
  const limit = lookahead ? Cypher.plus(firstParam, new Cypher.Literal(1)) : firstParam;
  const returned = plainNodes ? plainNodes.entity : item;
  let subquery: Cypher.Clause;
  if (!order) {
    subquery = match
      .with(...carried)
      .orderBy([m.property('key'), 'ASC'])
      .limit(limit)
      .return(returned);
  } else {
    const sorted = (from: Cypher.Match) => {
      const valued = from.with(...carried, [SORT_FIELDS[target][order.by]!(m), s]);
      if (after !== null) valued.where(afterPosition(s, m.property('key'), order, after));
      return valued
        .with(...carried, s)
        .orderBy([s, order.direction], [m.property('key'), 'ASC'])
        .limit(limit);
    };
    // Recommendations by deadline within a due window are read in date order (by-deadline.ts).
    const byDate = 'type' in source && answersByDeadline(target, order, tree.args.filter);
    const fromAnchor = (start: Cypher.With) =>
      sorted(filter ? start.match(pattern).where(filter) : start.match(pattern));
    subquery = (
      byDate
        ? byDeadline({ target, filter: tree.args.filter, order, after, m, s, limit, anchored, fromAnchor })
        : sorted(match)
    ).return(returned);
  }
  // Planned as the floor's nested lists are (a RollUpApply under the projection); bound to a
  // variable below, Neo4j evaluates the subquery inside the expression instead, at about a tenth
  // more database hits on a three-level read.
  if (plainNodes) {
    result.set(plainNodes.alias, new Cypher.Collect(subquery));
    return result;
  }
  // `head([items IN [COLLECT {…}] | {…}])` binds the page's items to a variable inside an
  // expression. A collect() inside the subquery would do the same, but Neo4j then treats the
  // enclosing projection as an aggregation and rejects it.
  const collected = new Cypher.Collect(subquery);
  const wrapped = new Cypher.Raw((ctx) => `[${ctx.compile(collected)}]`);
  return Cypher.head(new Cypher.ListComprehension(items).in(wrapped).map(result));
}
