// Paths between any two entities, each as its entities in order and as steps that keep the name and
// the direction of every relationship: PSNI ←INSPECTS— HMIC —PUBLISHED→ report —CONCERNS→ Prevent.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import neo4j from 'neo4j-driver';
import { checkKey } from '../../graph/ids.js';
import { at, project, typeExpression } from '../../graph/cypher-parts.js';
import { checkCapped, checkRelationshipTypes } from '../../graph/lists/bounds.js';
import { LIMITS } from '../../graph/limits.js';
import type { Statement } from '../../graph/statement.js';
import type { Translator } from '../../graph/translate.js';
import { matchShortest, type ShortestSelector } from './shortest.js';

export type PathMode = 'SHORTEST' | 'ALL_SHORTEST' | 'K_PATHS';

/** The arguments as the schema passes them, defaults applied (args.ts). */
export interface PathsArgs {
  from: string;
  to: string;
  mode: PathMode;
  k: number;
  maxLength: number;
  relationshipTypes?: string[] | null;
}

/**
 * K_PATHS asks Neo4j for this many shortest trails, then keeps those that visit no entity twice
 * (a trail may loop through a node by another relationship: HMIC —INSPECTS→ SOCA ←REGULATES— HMIC).
 * SHORTEST takes no parameter, so the width is this constant rather than a request value; with k
 * at most 10 it leaves room for four looping trails per simple one.
 */
export const K_PATHS_SEARCH_WIDTH = 5 * LIMITS.k;

// SHORTEST also asks for all the shortest paths, then keeps the first in a fixed order (by keys and
// types along the path): `SHORTEST 1` would pick one at random among equals, and answers would change
// from one run to the next.
const SELECTORS: Record<PathMode, ShortestSelector> = {
  SHORTEST: 'ALL SHORTEST',
  ALL_SHORTEST: 'ALL SHORTEST',
  K_PATHS: `SHORTEST ${K_PATHS_SEARCH_WIDTH}`,
};

/**
 * OPTIONAL MATCH (a:Entity {key: $from}) OPTIONAL MATCH (b:Entity {key: $to})
 * RETURN [k IN [CASE WHEN a IS NULL THEN $from END, CASE WHEN b IS NULL THEN $to END] WHERE k IS NOT NULL] AS missing,
 *        COLLECT {
 *          MATCH p = ALL SHORTEST (a)-[:A|B*0..maxLength]-(b)         -- or SHORTEST 50 for K_PATHS
 *          WITH p WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
 *          RETURN { length: length(p), nodes: […], steps: COLLECT { UNWIND range(0, length(p) - 1) AS i … } } AS path
 *          ORDER BY length(p), [n IN nodes(p) | n.key], [r IN relationships(p) | type(r)] LIMIT $limit
 *        } AS result
 *
 * `maxLength` (checked, 1 to 6) bounds the variable-length pattern, which Cypher takes as text only.
 */
export function paths(t: Translator, args: PathsArgs, tree: ResolveTree): Statement {
  const from = checkKey(args.from, 'from');
  const to = checkKey(args.to, 'to');
  const mode = args.mode;
  const k = checkCapped(args.k, 'k', 1, 'k', 'k');
  const maxLength = checkCapped(args.maxLength, 'maxLength', 1, 'pathLength', 'path length');
  const types = args.relationshipTypes == null ? undefined : checkRelationshipTypes(args.relationshipTypes);
  const limit = mode === 'SHORTEST' ? 1 : mode === 'K_PATHS' ? k : LIMITS.allShortest;

  const a = new Cypher.Node();
  const b = new Cypher.Node();
  const p = new Cypher.PathVariable();
  const fromParam = new Cypher.Param(from);
  const toParam = new Cypher.Param(to);
  const route = new Cypher.Pattern(a)
    .related({ type: typeExpression(types), direction: 'undirected', length: { min: 0, max: maxLength } })
    .to(b);
  const x = new Cypher.Variable();
  const y = new Cypher.Variable();
  const simple = Cypher.all(x, Cypher.nodes(p), Cypher.single(y, Cypher.nodes(p), Cypher.eq(y, x)));
  const n = new Cypher.Variable();
  const r = new Cypher.Variable();
  const search = Cypher.utils.concat(
    matchShortest(p, route, SELECTORS[mode]),
    new Cypher.With(p)
      .where(simple)
      .return([pathMap(t, p, tree), new Cypher.Variable()])
      .orderBy(
        [Cypher.length(p), 'ASC'],
        [new Cypher.ListComprehension(n).in(Cypher.nodes(p)).map(n.property('key')), 'ASC'],
        [new Cypher.ListComprehension(r).in(Cypher.relationships(p)).map(Cypher.type(r)), 'ASC'],
      )
      .limit(new Cypher.Param(neo4j.int(limit))),
  );

  const key = new Cypher.Variable();
  const missing = new Cypher.ListComprehension(key)
    .in(
      new Cypher.List([
        new Cypher.Case().when(Cypher.isNull(a)).then(fromParam),
        new Cypher.Case().when(Cypher.isNull(b)).then(toParam),
      ]),
    )
    .where(Cypher.isNotNull(key));
  return new Cypher.OptionalMatch(new Cypher.Pattern(a, { labels: ['Entity'], properties: { key: fromParam } }))
    .optionalMatch(new Cypher.Pattern(b, { labels: ['Entity'], properties: { key: toParam } }))
    .return([missing, 'missing'], [new Cypher.Collect(search), 'result'])
    .build();
}

/** `{ length, nodes, steps }` of one path, keyed by response name. */
function pathMap(t: Translator, p: Cypher.PathVariable, tree: ResolveTree): Cypher.Map {
  return project(tree.fieldsByTypeName, 'Path', (field) => {
    if (field.name === 'length') return Cypher.length(p);
    if (field.name === 'nodes') {
      const n = new Cypher.Node();
      return new Cypher.ListComprehension(n).in(Cypher.nodes(p)).map(t.entity(n, 'Entity', field.fieldsByTypeName));
    }
    if (field.name === 'steps') return steps(t, p, field);
    return undefined;
  });
}

/**
 * COLLECT { UNWIND range(0, length(p) - 1) AS i
 *           WITH i, nodes(p)[i] AS s, nodes(p)[i + 1] AS e, relationships(p)[i] AS r
 *           RETURN { from: s {…}, to: e {…}, type: type(r), direction: CASE WHEN startNode(r) = s THEN 'OUT' ELSE 'IN' END, … }
 *           ORDER BY i }
 */
function steps(t: Translator, p: Cypher.PathVariable, tree: ResolveTree): Cypher.Expr {
  const i = new Cypher.Variable();
  const s = new Cypher.Node();
  const e = new Cypher.Node();
  const r = new Cypher.Relationship();
  const step = project(tree.fieldsByTypeName, 'PathStep', (field) => {
    if (field.name === 'from') return t.entity(s, 'Entity', field.fieldsByTypeName);
    if (field.name === 'to') return t.entity(e, 'Entity', field.fieldsByTypeName);
    if (field.name === 'type') return Cypher.type(r);
    if (field.name === 'direction') {
      return new Cypher.Case()
        .when(Cypher.eq(Cypher.startNode(r), s))
        .then(new Cypher.Literal('OUT'))
        .else(new Cypher.Literal('IN'));
    }
    if (field.name === 'sources') return t.sources(r, field.fieldsByTypeName);
    return undefined;
  });
  const subquery = new Cypher.Unwind([
    Cypher.range(new Cypher.Literal(0), Cypher.minus(Cypher.length(p), new Cypher.Literal(1))),
    i,
  ])
    .with(
      i,
      [at(Cypher.nodes(p), i), s],
      [at(Cypher.nodes(p), Cypher.plus(i, new Cypher.Literal(1))), e],
      [at(Cypher.relationships(p), i), r],
    )
    .return(step)
    .orderBy([i, 'ASC']);
  return new Cypher.Collect(subquery);
}
