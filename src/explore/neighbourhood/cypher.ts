// The neighbourhood of an entity, in the shape a graph view draws: the center, the entities within
// `depth` hops (closest first), and every relationship among them, each with its provenance.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import neo4j from 'neo4j-driver';
import { checkKey } from '../../graph/ids.js';
import { project, sliceTo, typeExpression } from '../../graph/cypher-parts.js';
import { checkCapped, checkRelationshipTypes } from '../../graph/lists/bounds.js';
import type { Statement } from '../../graph/statement.js';
import type { Translator } from '../../graph/translate.js';
import { graphRelationship } from './graph-relationship.js';

export type NeighbourDirection = 'OUT' | 'IN' | 'BOTH';

/** The arguments as the schema passes them, defaults applied (args.ts). */
export interface NeighbourhoodArgs {
  key: string;
  depth: number;
  relationshipTypes?: string[] | null;
  direction: NeighbourDirection;
  limit: number;
}

const ARROWS = { OUT: 'right', IN: 'left', BOTH: 'undirected' } as const;

/** How many entities of one hop are read at most before the page is chosen among them (see below). */
export const HOP_SCAN = 1000;

/**
 * MATCH (c:Entity {key: $key})
 * WITH c, COLLECT { MATCH (c)-[:A|B]-(m:Entity) WHERE m <> c
 *                   WITH DISTINCT m LIMIT $scan WITH m ORDER BY m.key LIMIT $limit + 1 RETURN m } AS found
 * WITH c, found, CASE WHEN size(found) > $limit THEN [] ELSE COLLECT {
 *   MATCH (c)-[:A|B*2..2]-(m:Entity) WHERE m <> c AND NOT m IN found
 *   WITH DISTINCT m LIMIT $scan WITH m ORDER BY m.key LIMIT $limit + 1 RETURN m } END AS hop
 * WITH c, found + hop AS found                                   -- and so on up to `depth`
 * WITH c, [c] + found[0..$limit] AS members, size(found) > $limit AS truncated
 * RETURN { center: c {…}, nodes: [n IN members | n {…}],
 *          relationships: [r IN COLLECT { UNWIND members AS a CALL (a, members) {
 *              WITH a, members WHERE COUNT { (a)-[:A|B]->() } <= $scan
 *              MATCH (a)-[r:A|B]->(b) WHERE b IN members RETURN r, b
 *              UNION ALL WITH a, members WHERE COUNT { (a)-[:A|B]->() } > $scan
 *              UNWIND members AS b MATCH (a)-[r:A|B]->(b) RETURN r, b
 *            } RETURN r ORDER BY type(r), a.key, b.key } | {…}],
 *          truncated: truncated } AS result
 *
 * Hop by hop, nearest first: a hop is explored only while the page has room, and then holds every
 * entity at that distance, so the next hop's `NOT m IN found` is exact. Within a hop, by key; but a
 * hop is read only up to HOP_SCAN entities, so that around a hub (HMIC relates to every report: 50
 * thousand entities in a graph of a million nodes) the work is bounded by the page and not by the
 * graph. When a hop reaches more than HOP_SCAN entities, the page holds the first by key among the
 * first HOP_SCAN the database finds (the same every time while the graph is unchanged) and is
 * `truncated`. The relationships among the members are read from each member's side, except for a
 * member with more than HOP_SCAN of them (the hub), whose pairs with the other members are looked
 * up one by one instead (Neo4j answers each from the pair's cheaper end). Cypher takes no parameter for the length of a variable-length pattern, so each hop's
 * length (1 to 3, from the checked `depth`) is written into the text.
 */
export function neighbourhood(t: Translator, args: NeighbourhoodArgs, tree: ResolveTree): Statement {
  const key = checkKey(args.key);
  const depth = checkCapped(args.depth, 'depth', 1, 'depth', 'depth');
  const limit = checkCapped(args.limit, 'limit', 0, 'neighbours', 'neighbour limit');
  const types = args.relationshipTypes == null ? undefined : checkRelationshipTypes(args.relationshipTypes);
  const direction = ARROWS[args.direction];

  const c = new Cypher.Node();
  const limitParam = new Cypher.Param(neo4j.int(limit));
  const scanParam = new Cypher.Param(neo4j.int(HOP_SCAN));
  const found = new Cypher.Variable();
  /** COLLECT { the first $limit + 1 by key of (at most $scan) entities at exactly `hops` from c, not in `found` } */
  const hop = (hops: number) => {
    const m = new Cypher.Node();
    const reach = new Cypher.Pattern(c)
      .related({ type: typeExpression(types), direction, ...(hops > 1 ? { length: { min: hops, max: hops } } : {}) })
      .to(m, { labels: ['Entity'] });
    const notCenter = Cypher.neq(m, c);
    return new Cypher.Collect(
      new Cypher.Match(reach)
        .where(hops > 1 ? Cypher.and(notCenter, Cypher.not(Cypher.in(m, found))) : notCenter)
        .with(m)
        .distinct()
        .limit(scanParam)
        .with(m)
        .orderBy([m.property('key'), 'ASC'])
        .limit(Cypher.plus(limitParam, new Cypher.Literal(1)))
        .return(m),
    );
  };
  let query = new Cypher.Match(
    new Cypher.Pattern(c, { labels: ['Entity'], properties: { key: new Cypher.Param(key) } }),
  ).with(c, [hop(1), found]);
  for (let hops = 2; hops <= depth; hops++) {
    const next = new Cypher.Variable();
    const room = new Cypher.Case()
      .when(Cypher.gt(Cypher.size(found), limitParam))
      .then(new Cypher.List([]))
      .else(hop(hops));
    query = query.with(c, found, [room, next]).with(c, [Cypher.plus(found, next), found]);
  }

  const members = new Cypher.Variable();
  const truncated = new Cypher.Variable();
  // A new clause, with its own variables, for each time `relationships` is selected (aliases): one
  // clause object compiled into two subqueries broke the statement.
  const among = () =>
    new Cypher.Raw((ctx) => {
      const [a, b] = [new Cypher.Node(), new Cypher.Node()];
      const r = new Cypher.Relationship();
      const [ma, mb, mr, ms] = [ctx.compile(a), ctx.compile(b), ctx.compile(r), ctx.compile(members)];
      const type = typeExpression(types);
      const pattern = ctx.compile(new Cypher.Pattern(a).related(r, { type, direction: 'right' }).to(b));
      const out = ctx.compile(new Cypher.Pattern(a).related({ type, direction: 'right' }).to());
      const scan = ctx.compile(scanParam);
      return `UNWIND ${ms} AS ${ma}
CALL (${ma}, ${ms}) {
  WITH ${ma}, ${ms} WHERE COUNT { ${out} } <= ${scan}
  MATCH ${pattern} WHERE ${mb} IN ${ms}
  RETURN ${mr}, ${mb}
  UNION ALL
  WITH ${ma}, ${ms} WHERE COUNT { ${out} } > ${scan}
  UNWIND ${ms} AS ${mb}
  MATCH ${pattern}
  RETURN ${mr}, ${mb}
}
RETURN ${mr} ORDER BY type(${mr}), ${ma}.key, ${mb}.key`;
    });

  const fields = tree.fieldsByTypeName;
  const result = project(fields, 'Neighbourhood', (field) => {
    if (field.name === 'center') return t.entity(c, 'Entity', field.fieldsByTypeName);
    if (field.name === 'truncated') return truncated;
    if (field.name === 'nodes') {
      const n = new Cypher.Node();
      return new Cypher.ListComprehension(n).in(members).map(t.entity(n, 'Entity', field.fieldsByTypeName));
    }
    if (field.name === 'relationships') {
      const each = new Cypher.Relationship();
      return new Cypher.ListComprehension(each)
        .in(new Cypher.Collect(among()))
        .map(graphRelationship(t, each, field.fieldsByTypeName));
    }
    return undefined;
  });

  return query
    .with(
      c,
      [Cypher.plus(new Cypher.List([c]), sliceTo(found, limitParam)), members],
      [Cypher.gt(Cypher.size(found), limitParam), truncated],
    )
    .return([result, 'result'])
    .build();
}
