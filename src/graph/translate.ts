// Turns the selection set of a root field into one Cypher query, so that however deep a query nests
// and however long its lists, each root field costs one round trip to Neo4j. The result comes back
// already shaped like the GraphQL response, keyed by response name (alias), and the schema's field
// resolvers just read it (src/schema/bind-resolvers.ts).
//
// Only identifiers from the model table (labels, relationship types, property names) reach the
// Cypher text; every value from a request is a parameter.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import neo4j from 'neo4j-driver';
import { badInput } from '../errors.js';
import { anchorOf, filterPredicate } from './explore/list-filters.js';
import { afterPosition, checkCursorOrder, orderOf, SORT_FIELDS, sortedCursor } from './explore/list-order.js';
import { relationshipCountsOf } from './explore/relationship-counts.js';
import { fromCursor, type CursorPosition } from './ids.js';
import { isEntityType, relationFieldsOf, type EntityType, type RelationField, type Target } from './model.js';

type FieldsByTypeName = ResolveTree['fieldsByTypeName'];

export interface TranslateOptions {
  maxPageSize: number;
  defaultPageSize: number;
}

/** GraphQL fields whose value is not the property of the same name. */
/** Source selector fields and the parallel lists that hold them; null where the excerpt has no location. */
const SELECTOR_LISTS: Record<string, string | undefined> = { prefix: 'sourcePrefixes', suffix: 'sourceSuffixes', start: 'sourceStarts', end: 'sourceEnds' };

const PROPERTY_OVERRIDES: Partial<Record<EntityType, Record<string, (n: Cypher.Node) => Cypher.Expr>>> = {
  Document: { title: (n) => n.property('name'), text: (n) => n.property('fullText') },
  CalendarDate: {
    start: (n) => Cypher.toString(n.property('start')),
    end: (n) => Cypher.toString(n.property('end')),
  },
};

const INTERFACES = new Set(['Entity', 'Node']);

// The builder has no expression for indexing or slicing a list by another expression; these compile
// their operands through the builder, so variables and parameters keep their generated names.
const at = (list: Cypher.Expr, index: Cypher.Expr) =>
  new Cypher.Raw((ctx) => `${ctx.compile(list)}[${ctx.compile(index)}]`);
const slice = (list: Cypher.Expr, to: Cypher.Expr) => new Cypher.Raw((ctx) => `${ctx.compile(list)}[0..${ctx.compile(to)}]`);

/** `[l IN labels(n) WHERE l <> 'Entity'][0]`: the entity's own type, for `__typename` and IDs. */
function typeNameOf(n: Cypher.Node): Cypher.Expr {
  const l = new Cypher.Variable();
  return Cypher.head(
    new Cypher.ListComprehension(l).in(Cypher.labels(n)).where(Cypher.neq(l, new Cypher.Literal('Entity'))),
  );
}

export class Translator {
  constructor(readonly options: TranslateOptions) {}

  /**
   * The map an entity becomes: one entry per requested response name, plus `__typename` and `__key`
   * from which IDs are made. `staticType` is the GraphQL type the field declares; fields asked for
   * through a fragment on a narrower type only apply to nodes of that type.
   */
  entity(n: Cypher.Node, staticType: Target | 'Node', fieldsByTypeName: FieldsByTypeName): Cypher.Map {
    const byAlias = new Map<string, { type: string | undefined; expr: Cypher.Expr }[]>();
    for (const [typeName, fields] of Object.entries(fieldsByTypeName)) {
      const applies = INTERFACES.has(typeName) || typeName === staticType ? undefined : typeName;
      for (const [alias, tree] of Object.entries(fields)) {
        const expr = this.field(n, typeName, tree);
        if (!expr) continue;
        const list = byAlias.get(alias) ?? [];
        list.push({ type: applies, expr });
        byAlias.set(alias, list);
      }
    }
    const map = new Cypher.Map({ __typename: typeNameOf(n), __key: n.property('key') });
    for (const [alias, options] of byAlias) {
      const unconditional = options.find((o) => o.type === undefined);
      if (unconditional) {
        map.set(alias, unconditional.expr);
        continue;
      }
      const cases = new Cypher.Case();
      for (const option of options) cases.when(n.hasLabel(option.type!)).then(option.expr);
      map.set(alias, cases);
    }
    return map;
  }

  private field(n: Cypher.Node, typeName: string, tree: ResolveTree): Cypher.Expr | undefined {
    if (tree.name === '__typename' || tree.name === 'id') return undefined; // from __typename and __key
    if (tree.name === 'sources') return this.sources(n, tree.fieldsByTypeName);
    if (tree.name === 'basis') return Cypher.coalesce(n.property('basis'), new Cypher.Literal('STATED'));
    if (tree.name === 'inferences') return this.inferences(n, tree.fieldsByTypeName);
    if (tree.name === 'relationshipCounts') return relationshipCountsOf(n, typeName, tree.fieldsByTypeName);
    if (tree.name === 'changes' && typeName === 'AuditRecord') return this.changes(n, tree.fieldsByTypeName);
    if (isEntityType(typeName)) {
      const relation = relationFieldsOf(typeName).find((f) => f.name === tree.name);
      if (relation) return this.connection(tree, { from: n, field: relation });
      const override = PROPERTY_OVERRIDES[typeName]?.[tree.name];
      if (override) return override(n);
    }
    return n.property(tree.name);
  }

  /**
   * Provenance lists are stored as two parallel properties (document keys, excerpts). Each becomes
   * `{ excerpt, document }`, the document projected with its own selection.
   */
  sources(holder: Cypher.Node | Cypher.Relationship, fieldsByTypeName: FieldsByTypeName): Cypher.Expr {
    const i = new Cypher.Variable();
    const fields = fieldsByTypeName.Source ?? {};
    const map = new Cypher.Map();
    for (const [alias, tree] of Object.entries(fields)) {
      const located = (list: string) =>
        new Cypher.Case().when(Cypher.gte(Cypher.coalesce(at(holder.property('sourceStarts'), i), new Cypher.Literal(-1)), new Cypher.Literal(0))).then(at(holder.property(list), i));
      if (tree.name === 'excerpt' || tree.name === 'exact') {
        map.set(alias, at(holder.property('sourceExcerpts'), i));
      } else if (SELECTOR_LISTS[tree.name]) {
        map.set(alias, located(SELECTOR_LISTS[tree.name]!));
      } else if (tree.name === 'document') {
        const d = new Cypher.Node();
        const match = new Cypher.Match(
          // :Entity too, so that the unique key index finds the document instead of a label scan.
          new Cypher.Pattern(d, { labels: ['Entity', 'Document'] }),
        ).where(Cypher.eq(d.property('key'), at(holder.property('sourceDocuments'), i)));
        map.set(alias, Cypher.head(new Cypher.Collect(match.return(this.entity(d, 'Document', tree.fieldsByTypeName)))));
      }
    }
    const count = Cypher.size(Cypher.coalesce(holder.property('sourceExcerpts'), new Cypher.Literal([])));
    return new Cypher.ListComprehension(i)
      .in(Cypher.range(new Cypher.Literal(0), Cypher.minus(count, new Cypher.Literal(1))))
      .map(map);
  }

  /** The properties recorded as inferred, with their rationales (parallel lists, like provenance). */
  private inferences(n: Cypher.Node, fieldsByTypeName: FieldsByTypeName): Cypher.Expr {
    const i = new Cypher.Variable();
    const map = new Cypher.Map();
    for (const [alias, tree] of Object.entries(fieldsByTypeName.PropertyInference ?? {})) {
      if (tree.name === 'property') map.set(alias, at(n.property('inferredProperties'), i));
      if (tree.name === 'rationale') map.set(alias, at(n.property('inferredRationales'), i));
      if (tree.name === 'inferredBy') map.set(alias, Cypher.coalesce(at(n.property('inferredPropertiesBy'), i), new Cypher.Literal('loader')));
    }
    const count = Cypher.size(Cypher.coalesce(n.property('inferredProperties'), new Cypher.Literal([])));
    return new Cypher.ListComprehension(i).in(Cypher.range(new Cypher.Literal(0), Cypher.minus(count, new Cypher.Literal(1)))).map(map);
  }

  /** An audit record's changes, stored like provenance as parallel lists (field, before, after). */
  private changes(n: Cypher.Node, fieldsByTypeName: FieldsByTypeName): Cypher.Expr {
    const i = new Cypher.Variable();
    const lists: Record<string, string> = { field: 'changeFields', before: 'changesBefore', after: 'changesAfter' };
    const map = new Cypher.Map();
    for (const [alias, tree] of Object.entries(fieldsByTypeName.AuditChange ?? {})) {
      const list = lists[tree.name];
      if (list) map.set(alias, at(n.property(list), i));
    }
    const count = Cypher.size(Cypher.coalesce(n.property('changeFields'), new Cypher.Literal([])));
    return new Cypher.ListComprehension(i)
      .in(Cypher.range(new Cypher.Literal(0), Cypher.minus(count, new Cypher.Literal(1))))
      .map(map);
  }

  /** Checks `first` and `after` and turns them into parameters. */
  page(args: { first?: unknown; after?: unknown }): { first: number; after: CursorPosition | null } {
    const first = args.first ?? this.options.defaultPageSize;
    if (typeof first !== 'number' || !Number.isInteger(first) || first < 0) {
      throw badInput('"first" must be a non-negative integer', 'first');
    }
    if (first > this.options.maxPageSize) {
      throw badInput(`"first" is ${first}, above the page size cap of ${this.options.maxPageSize}`, 'first');
    }
    const after = typeof args.after === 'string' ? fromCursor(args.after) : null;
    return { first, after };
  }

  /**
   * A connection: either a relationship field of `from`, or a top-level list of `type`. One COLLECT
   * subquery reads one item past the page so that `hasNextPage` needs no second query. A `filter`
   * adds to its WHERE (and to totalCount's); an `orderBy` other than by key sorts on a value `s`
   * computed per item, and the cursor then carries that value (see explore/list-order.ts):
   *   MATCH … WHERE <filter> WITH r, m, <sort value> AS s WHERE <after (s, key)>
   *   WITH r, m, s ORDER BY s DESC, m.key ASC LIMIT $first + 1 RETURN { cursor: [$by, $dir, s, m.key], … }
   *
   *   head([items IN [COLLECT {
   *     MATCH (from)-[r:TYPE]->(m:Target) WHERE m.key > $after
   *     WITH r, m ORDER BY m.key ASC LIMIT $first + 1
   *     RETURN { cursor: m.key, n0: {…}, e1: {…} }
   *   }] | { totalCount: COUNT { … }, edges: [x IN items[0..$first] | …], pageInfo: {…} }])
   */
  connection(
    tree: ResolveTree,
    source: { from: Cypher.Node; field: RelationField } | { type: EntityType },
  ): Cypher.Expr {
    const { first, after } = this.page(tree.args as { first?: unknown; after?: unknown });
    const target: Target = 'type' in source ? source.type : source.field.target;
    const order = orderOf(target, tree.args.orderBy);
    checkCursorOrder(after, order);
    const s = new Cypher.Variable();
    const m = new Cypher.Node();
    const r = new Cypher.Relationship();
    const labels = [target === 'Entity' ? 'Entity' : target];
    // A top-level list filtered by a link to one keyed entity starts from that entity (anchorOf).
    const anchored = 'type' in source ? anchorOf(target, m, labels, tree.args.filter) : undefined;
    const pattern = anchored
      ? anchored.pattern
      : 'type' in source
        ? new Cypher.Pattern(m, { labels })
        : new Cypher.Pattern(source.from)
            .related(r, { type: source.field.relation.type, direction: source.field.direction === 'OUT' ? 'right' : 'left' })
            .to(m, { labels });
    // totalCount counts the filtered list; the counted node is named only when a filter needs it.
    const counted = new Cypher.Node();
    const countAnchored = 'type' in source ? anchorOf(target, counted, labels, tree.args.filter) : undefined;
    const countFilter = filterPredicate(target, counted, tree.args.filter, countAnchored?.field);
    let countPattern: Cypher.Pattern;
    if (countAnchored) {
      countPattern = countAnchored.pattern;
    } else if ('type' in source) {
      countPattern = new Cypher.Pattern(countFilter ? counted : new Cypher.Node(), { labels });
    } else {
      const hop = new Cypher.Pattern(source.from).related({
        type: source.field.relation.type,
        direction: source.field.direction === 'OUT' ? 'right' : 'left',
      });
      countPattern = countFilter ? hop.to(counted, { labels }) : hop.to({ labels });
    }

    const firstParam = new Cypher.Param(neo4j.int(first));
    const afterParam = new Cypher.Param(after?.key ?? null);
    const item = new Cypher.Map({ cursor: order ? sortedCursor(order, s, m.property('key')) : m.property('key') });
    const x = new Cypher.Variable();
    const items = new Cypher.Variable();
    const page = slice(items, firstParam);
    const result = new Cypher.Map();
    const fields = tree.fieldsByTypeName[`${target}Connection`] ?? {};
    let slot = 0;
    for (const [alias, sub] of Object.entries(fields)) {
      if (sub.name === 'totalCount') {
        result.set(alias, new Cypher.Count(countFilter ? new Cypher.Match(countPattern).where(countFilter) : countPattern));
      } else if (sub.name === 'nodes') {
        const key = `n${slot++}`;
        item.set(key, this.entity(m, target, sub.fieldsByTypeName));
        result.set(alias, new Cypher.ListComprehension(x).in(page).map(x.property(key)));
      } else if (sub.name === 'edges') {
        const edge = new Cypher.Map();
        for (const [edgeAlias, edgeField] of Object.entries(sub.fieldsByTypeName[`${target}Edge`] ?? {})) {
          const key = `e${slot++}`;
          if (edgeField.name === 'cursor') {
            edge.set(edgeAlias, x.property('cursor'));
            continue;
          }
          if (edgeField.name === 'node') {
            item.set(key, this.entity(m, target, edgeField.fieldsByTypeName));
          } else if (edgeField.name === 'relationship') {
            item.set(key, 'type' in source ? Cypher.Null : this.relationship(r, source.field, edgeField.fieldsByTypeName));
          } else {
            continue;
          }
          edge.set(edgeAlias, x.property(key));
        }
        result.set(alias, new Cypher.ListComprehension(x).in(page).map(edge));
      } else if (sub.name === 'pageInfo') {
        result.set(alias, this.pageInfo(sub.fieldsByTypeName, items, page, firstParam, after));
      }
    }

    const match = new Cypher.Match(pattern);
    const filter = filterPredicate(target, m, tree.args.filter, anchored?.field);
    const keyAfter = after !== null && !order ? Cypher.gt(m.property('key'), afterParam) : undefined;
    if (filter || keyAfter) match.where(Cypher.and(filter, keyAfter));
    const carried = 'type' in source ? [m] : [r, m];
    const limit = Cypher.plus(firstParam, new Cypher.Literal(1));
    let subquery: Cypher.Clause;
    if (!order) {
      subquery = match.with(...carried).orderBy([m.property('key'), 'ASC']).limit(limit).return(item);
    } else {
      const sorted = match.with(...carried, [SORT_FIELDS[target][order.by]!(m), s]);
      if (after !== null) sorted.where(afterPosition(s, m.property('key'), order, after));
      subquery = sorted.with(...carried, s).orderBy([s, order.direction], [m.property('key'), 'ASC']).limit(limit).return(item);
    }
    // `head([items IN [COLLECT {…}] | {…}])` binds the page's items to a variable inside an
    // expression. A collect() inside the subquery would do the same, but Neo4j then treats the
    // enclosing projection as an aggregation and rejects it.
    const collected = new Cypher.Collect(subquery);
    const wrapped = new Cypher.Raw((ctx) => `[${ctx.compile(collected)}]`);
    return Cypher.head(new Cypher.ListComprehension(items).in(wrapped).map(result));
  }

  private pageInfo(
    fieldsByTypeName: FieldsByTypeName,
    items: Cypher.Variable,
    page: Cypher.Expr,
    first: Cypher.Param,
    after: CursorPosition | null,
  ): Cypher.Map {
    const map = new Cypher.Map();
    const cursors = () => {
      const x = new Cypher.Variable();
      return new Cypher.ListComprehension(x).in(page).map(x.property('cursor'));
    };
    for (const [alias, tree] of Object.entries(fieldsByTypeName.PageInfo ?? {})) {
      if (tree.name === 'hasNextPage') map.set(alias, Cypher.gt(Cypher.size(items), first));
      if (tree.name === 'hasPreviousPage') map.set(alias, new Cypher.Literal(after !== null));
      if (tree.name === 'startCursor') map.set(alias, Cypher.head(cursors()));
      if (tree.name === 'endCursor') map.set(alias, Cypher.last(cursors()));
    }
    return map;
  }

  private relationship(r: Cypher.Relationship, field: RelationField, fieldsByTypeName: FieldsByTypeName): Cypher.Map {
    const map = new Cypher.Map();
    for (const [alias, tree] of Object.entries(fieldsByTypeName.Relationship ?? {})) {
      if (tree.name === 'type') map.set(alias, new Cypher.Literal(field.relation.type));
      if (tree.name === 'direction') map.set(alias, new Cypher.Literal(field.direction));
      if (tree.name === 'sources') map.set(alias, this.sources(r, tree.fieldsByTypeName));
      if (tree.name === 'basis') map.set(alias, Cypher.coalesce(r.property('basis'), new Cypher.Literal('STATED')));
      if (tree.name === 'rationale') map.set(alias, r.property('basisRationale'));
      if (tree.name === 'inferredBy') map.set(alias, r.property('inferredBy'));
    }
    return map;
  }
}
