// Search: first the entities whose name, abbreviation or key is what was typed (in match form: case,
// accents and quote marks do not matter), then those whose name starts with it, then full-text
// matches over names, titles, descriptions, texts and source excerpts (the `entity_text` index,
// standard-folding analyzer) by Lucene's score. The first two are index seeks (match-name.ts).
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import neo4j from 'neo4j-driver';
import { type EntityType, TEXT_INDEX } from '../../graph/model.js';
import { project } from '../../graph/cypher-parts.js';
import { checkEntityTypes } from '../../graph/lists/bounds.js';
import { checkFirst } from '../../graph/lists/page.js';
import type { Statement } from '../../graph/statement.js';
import type { Translator } from '../../graph/translate.js';
import { keyForm, matchForm } from '../../graph/explore/match-name.js';
import { luceneQuery, ofTypes } from '../../graph/explore/search-text.js';

/** How a hit matched, best first; the numbers rank them in Cypher. */
export const MATCH_RANK = { EXACT: 3, PREFIX: 2, WORD: 1, TEXT: 0 } as const;
export type MatchKind = keyof typeof MATCH_RANK;

/** The arguments as the schema passes them, defaults applied (args.ts). */
export interface SearchArgs {
  text: string;
  types?: EntityType[] | null;
  first: number;
}

/** `WHERE any(l IN labels(n) WHERE l IN $types)`, or nothing when every type is wanted. */
export function typeFilter(
  ctx: Cypher.RawCypherContext,
  n: string,
  types: string[] | undefined,
): (keyword?: string) => string {
  const param = types ? ctx.compile(new Cypher.Param(types)) : undefined;
  return (keyword = 'AND') => (param ? ` ${keyword} any(l IN labels(${n}) WHERE l IN ${param})` : '');
}

/** The SearchHit (or Suggestion) map of a row: `match` from the rank, `score`, the entity. */
export function hitMap(
  t: Translator,
  typeName: string,
  tree: ResolveTree,
  node: Cypher.Node,
  rank: Cypher.Variable,
  score: Cypher.Variable,
) {
  const kinds = new Cypher.Case(rank);
  for (const [kind, value] of Object.entries(MATCH_RANK))
    kinds.when(new Cypher.Literal(value)).then(new Cypher.Literal(kind));
  return project(tree.fieldsByTypeName, typeName, (field) => {
    if (field.name === 'score') return score;
    if (field.name === 'match') return kinds;
    if (field.name === 'entity') return t.entity(node, 'Entity', field.fieldsByTypeName);
    return undefined;
  });
}

/**
 * The full-text branch: the index's best `first` hits by score (Lucene's top, `limit` in the
 * procedure's options), never every hit sorted: a common word matches most of a large graph. With
 * `types`, the query itself names them (ofTypes, search-text.ts), so the index's best hits are of
 * those types however many of other types outrank them; a hit of score 0 matched a type and none of
 * the words. Ties in score at the cut are broken by the index's own order (the same while it is
 * unchanged), not by key.
 */
function fullText(
  ctx: Cypher.RawCypherContext,
  query: string,
  first: number,
  v: { n: string; r: string; s: string; limit: string },
): string {
  const q = ctx.compile(new Cypher.Param(query));
  const top = ctx.compile(new Cypher.Param(neo4j.int(Math.max(first, 1))));
  return `CALL db.index.fulltext.queryNodes('${TEXT_INDEX}', ${q}, {limit: ${top}}) YIELD node AS ${v.n}, score AS ${v.s}
    WITH ${v.n}, ${v.s} WHERE ${v.s} > 0
    RETURN ${v.n}, 0 AS ${v.r}, ${v.s} ORDER BY ${v.s} DESC, ${v.n}.key LIMIT ${v.limit}`;
}

/**
 * CALL () {
 *   MATCH (n:Entity) WHERE n.matchName = $form AND <types> RETURN n, 3 AS rank, 0.0 AS score
 *   UNION … n.matchAbbreviation = $form … UNION … n.key = $key …
 *   UNION MATCH (n:Entity) WHERE n.matchName STARTS WITH $form AND <types> RETURN n, 2 AS rank, 0.0 AS score ORDER BY n.matchName LIMIT $first
 *   UNION CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $first}) YIELD node AS n, score
 *         WITH n, score WHERE score > 0 RETURN n, 0 AS rank, score ORDER BY score DESC, n.key LIMIT $first
 *   ($query names the types when there are some: ofTypes, search-text.ts)
 * }
 * WITH n, max(rank) AS rank, max(score) AS score ORDER BY rank DESC, <name for prefixes>, score DESC, n.key LIMIT $first
 * RETURN collect({ match, score, entity: n {…} }) AS result
 *
 * One row, its list in order: the hits are shaped only after the cut, and the driver decodes one
 * record instead of one a hit.
 */
export function search(t: Translator, args: SearchArgs, tree: ResolveTree): Statement {
  const first = checkFirst(args.first, t.options);
  const types = checkEntityTypes(args.types);
  const words = luceneQuery(args.text);
  const query = types ? ofTypes(words, types) : words;
  const node = new Cypher.Node();
  const rank = new Cypher.Variable();
  const score = new Cypher.Variable();
  const hit = hitMap(t, 'SearchHit', tree, node, rank, score);
  const form = matchForm(args.text);
  return new Cypher.Raw((ctx) => {
    const n = ctx.compile(node);
    const r = ctx.compile(rank);
    const s = ctx.compile(score);
    const limit = ctx.compile(new Cypher.Param(neo4j.int(first)));
    const f = ctx.compile(new Cypher.Param(form));
    const only = typeFilter(ctx, n, types);
    const exact = (condition: string) =>
      `MATCH (${n}:Entity) WHERE ${condition}${only()} RETURN ${n}, 3 AS ${r}, 0.0 AS ${s} LIMIT ${limit}`;
    const branches = [
      exact(`${n}.key = ${ctx.compile(new Cypher.Param(keyForm(args.text)))}`),
      ...(form
        ? [
            exact(`${n}.matchName = ${f}`),
            exact(`${n}.matchAbbreviation = ${f}`),
            `MATCH (${n}:Entity) WHERE ${n}.matchName STARTS WITH ${f}${only()} RETURN ${n}, 2 AS ${r}, 0.0 AS ${s} ORDER BY ${n}.matchName LIMIT ${limit}`,
          ]
        : []),
      fullText(ctx, query, first, { n, r, s, limit }),
    ];
    return `CALL () {
    ${branches.join('\n    UNION\n    ')}
}
WITH ${n}, max(${r}) AS ${r}, max(${s}) AS ${s}
ORDER BY ${r} DESC, CASE WHEN ${r} = 2 THEN ${n}.matchName END, ${s} DESC, ${n}.key
LIMIT ${limit}
RETURN collect(${ctx.compile(hit)}) AS result`;
  }).build();
}
