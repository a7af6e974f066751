// The neighbourhood of an entity, in the shape a graph view draws: the center, the entities within
// `depth` hops (closest first), and every relationship among them, each with its provenance.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import neo4j from 'neo4j-driver';
import { checkKey } from '../ids.js';
import type { Statement } from '../root-queries.js';
import type { Translator } from '../translate.js';
import { CAPS, checkInt, checkRelationshipTypes } from './bounds.js';
import { graphRelationship, matchShortest, project, typeExpression } from './cypher-parts.js';

export type NeighbourDirection = 'OUT' | 'IN' | 'BOTH';

export interface NeighbourhoodArgs {
  key: string;
  depth?: number;
  relationshipTypes?: string[] | null;
  direction?: NeighbourDirection;
  limit?: number;
}

const ARROWS = { OUT: 'right', IN: 'left', BOTH: 'undirected' } as const;

const sliceTo = (list: Cypher.Expr, to: Cypher.Expr) => new Cypher.Raw((ctx) => `${ctx.compile(list)}[0..${ctx.compile(to)}]`);

/**
 * MATCH (c:Entity {key: $key})
 * WITH c, COLLECT {
 *   MATCH p = SHORTEST 1 (c)-[:A|B*1..depth]-(m:Entity) WHERE m <> c
 *   RETURN m ORDER BY length(p), m.key LIMIT $limit + 1
 * } AS found
 * WITH c, [c] + found[0..$limit] AS members, size(found) > $limit AS truncated
 * RETURN { center: c {…}, nodes: [n IN members | n {…}],
 *          relationships: [r IN COLLECT { UNWIND members AS a MATCH (a)-[r:A|B]->(b) WHERE b IN members RETURN r } | {…}],
 *          truncated: truncated } AS result
 *
 * One shortest path per neighbour gives its distance without enumerating every path to it. Cypher
 * takes no parameter for the bounds of a variable-length pattern, so `depth` (checked, 1 to 3) is
 * the one number written into the text.
 */
export function neighbourhood(t: Translator, args: NeighbourhoodArgs, tree: ResolveTree): Statement {
  const key = checkKey(args.key);
  const depth = checkInt(args.depth ?? 1, 'depth', 1, CAPS.depth, 'depth');
  const limit = checkInt(args.limit ?? 50, 'limit', 0, CAPS.neighbours, 'neighbour limit');
  const types = args.relationshipTypes == null ? undefined : checkRelationshipTypes(args.relationshipTypes);
  const direction = ARROWS[args.direction ?? 'BOTH'];

  const c = new Cypher.Node();
  const m = new Cypher.Node();
  const p = new Cypher.PathVariable();
  const limitParam = new Cypher.Param(neo4j.int(limit));
  const reach = new Cypher.Pattern(c)
    .related({ type: typeExpression(types), direction, length: { min: 1, max: depth } })
    .to(m, { labels: ['Entity'] });
  const nearest = Cypher.utils.concat(
    matchShortest(p, reach, 'SHORTEST 1', Cypher.neq(m, c)),
    new Cypher.Return(m)
      .orderBy([Cypher.length(p), 'ASC'], [m.property('key'), 'ASC'])
      .limit(Cypher.plus(limitParam, new Cypher.Literal(1))),
  );

  const found = new Cypher.Variable();
  const members = new Cypher.Variable();
  const truncated = new Cypher.Variable();
  const a = new Cypher.Node();
  const b = new Cypher.Node();
  const r = new Cypher.Relationship();
  const among = new Cypher.Unwind([members, a])
    .match(new Cypher.Pattern(a).related(r, { type: typeExpression(types), direction: 'right' }).to(b))
    .where(Cypher.in(b, members))
    .return(r)
    .orderBy([Cypher.type(r), 'ASC'], [a.property('key'), 'ASC'], [b.property('key'), 'ASC']);

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
      return new Cypher.ListComprehension(each).in(new Cypher.Collect(among)).map(graphRelationship(t, each, field.fieldsByTypeName));
    }
    return undefined;
  });

  return new Cypher.Match(new Cypher.Pattern(c, { labels: ['Entity'], properties: { key: new Cypher.Param(key) } }))
    .with(c, [new Cypher.Collect(nearest), found])
    .with(
      c,
      [Cypher.plus(new Cypher.List([c]), sliceTo(found, limitParam)), members],
      [Cypher.gt(Cypher.size(found), limitParam), truncated],
    )
    .return([result, 'result'])
    .build();
}
