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

/**
 * MATCH (c:Entity {key: $key})
 * WITH c, COLLECT { MATCH (c)-[:A|B]-(m:Entity) WHERE m <> c
 *                   WITH DISTINCT m ORDER BY m.key LIMIT $limit + 1 RETURN m } AS found
 * WITH c, found, CASE WHEN size(found) > $limit THEN [] ELSE COLLECT {
 *   MATCH (c)-[:A|B*2..2]-(m:Entity) WHERE m <> c AND NOT m IN found
 *   WITH DISTINCT m ORDER BY m.key LIMIT $limit + 1 RETURN m } END AS hop
 * WITH c, found + hop AS found                                   -- and so on up to `depth`
 * WITH c, [c] + found[0..$limit] AS members, size(found) > $limit AS truncated
 * RETURN { center: c {…}, nodes: [n IN members | n {…}],
 *          relationships: [r IN COLLECT { UNWIND members AS a UNWIND members AS b MATCH (a)-[r:A|B]->(b) RETURN r } | {…}],
 *          truncated: truncated } AS result
 *
 * Hop by hop, nearest first: a hop is explored only while the page has room, and then holds every
 * entity at that distance, so the next hop's `NOT m IN found` is exact. Around a hub the first hop
 * fills the page and the second, which would be most of the graph, is never walked (a SHORTEST path
 * per reachable entity took 25 s around HMIC in a graph of a million nodes; this takes well under
 * one). Relationships among the members are looked up pair by pair, which Neo4j answers from the
 * cheaper end of each pair, rather than by walking every relationship of each member. Cypher takes
 * no parameter for the length of a variable-length pattern, so each hop's length (1 to 3, from the
 * checked `depth`) is written into the text.
 */
export function neighbourhood(t: Translator, args: NeighbourhoodArgs, tree: ResolveTree): Statement {
  const key = checkKey(args.key);
  const depth = checkCapped(args.depth, 'depth', 1, 'depth', 'depth');
  const limit = checkCapped(args.limit, 'limit', 0, 'neighbours', 'neighbour limit');
  const types = args.relationshipTypes == null ? undefined : checkRelationshipTypes(args.relationshipTypes);
  const direction = ARROWS[args.direction];

  const c = new Cypher.Node();
  const limitParam = new Cypher.Param(neo4j.int(limit));
  const found = new Cypher.Variable();
  /** COLLECT { the first $limit + 1 entities, by key, at exactly `hops` from c and not in `found` } */
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
  const among = () => {
    const a = new Cypher.Node();
    const b = new Cypher.Node();
    const r = new Cypher.Relationship();
    return new Cypher.Unwind([members, a])
      .unwind([members, b])
      .match(new Cypher.Pattern(a).related(r, { type: typeExpression(types), direction: 'right' }).to(b))
      .return(r)
      .orderBy([Cypher.type(r), 'ASC'], [a.property('key'), 'ASC'], [b.property('key'), 'ASC']);
  };

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
