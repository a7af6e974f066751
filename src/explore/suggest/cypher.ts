// Typeahead: entities whose name, abbreviation or key is, or starts with, what has been typed so far,
// then those with a word of the name starting with it. Each branch is a seek on an index of the match
// form (match-name.ts) cut at `first`, so an answer costs about the same on any size of graph.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import neo4j from 'neo4j-driver';
import { badInput } from '../../errors.js';
import { checkCapped, checkCount, checkEntityTypes } from '../../graph/lists/bounds.js';
import type { EntityType } from '../../graph/model.js';
import type { Statement } from '../../graph/statement.js';
import type { Translator } from '../../graph/translate.js';
import { keyForm, matchForm } from '../../graph/explore/match-name.js';
import { hitMap, typeFilter } from '../search/cypher.js';

/** The arguments as the schema passes them, defaults applied (args.ts). */
export interface SuggestArgs {
  prefix: string;
  types?: EntityType[] | null;
  first: number;
}

/**
 * CALL () {
 *   MATCH (n:Entity) WHERE n.matchName = $form RETURN n, 3 AS rank LIMIT $first   (and matchAbbreviation, key)
 *   UNION MATCH (n:Entity) WHERE n.matchName STARTS WITH $form RETURN n, 2 AS rank ORDER BY n.matchName LIMIT $first
 *   UNION … n.matchAbbreviation STARTS WITH $form … UNION … n.key STARTS WITH $key …
 *   UNION MATCH (n:Entity) WHERE n.matchName CONTAINS ' ' + $form RETURN n, 1 AS rank ORDER BY n.matchName LIMIT $first
 * }
 * WITH n, max(rank) AS rank ORDER BY rank DESC, n.matchName, n.key LIMIT $first
 * RETURN collect({ match, entity }) AS result   (one row, as search's: see there)
 */
export function suggest(t: Translator, args: SuggestArgs, tree: ResolveTree): Statement {
  checkCount(args.prefix.length, 'prefix', 'searchText', 'characters', 'search text ');
  const form = matchForm(args.prefix);
  if (!form) throw badInput('"prefix" must contain at least one letter or digit', 'prefix');
  const first = checkCapped(args.first, 'first', 1, 'suggestions', 'suggestion');
  const types = checkEntityTypes(args.types);
  const node = new Cypher.Node();
  const rank = new Cypher.Variable();
  const score = new Cypher.Variable();
  const hit = hitMap(t, 'Suggestion', tree, node, rank, score);
  return new Cypher.Raw((ctx) => {
    const n = ctx.compile(node);
    const r = ctx.compile(rank);
    const limit = ctx.compile(new Cypher.Param(neo4j.int(first)));
    const f = ctx.compile(new Cypher.Param(form));
    const k = ctx.compile(new Cypher.Param(keyForm(args.prefix)));
    const only = typeFilter(ctx, n, types)();
    const branch = (condition: string, value: number, order: string) =>
      `MATCH (${n}:Entity) WHERE ${condition}${only} RETURN ${n}, ${value} AS ${r}${order ? ` ORDER BY ${order}` : ''} LIMIT ${limit}`;
    const branches = [
      branch(`${n}.matchName = ${f}`, 3, `${n}.key`),
      branch(`${n}.matchAbbreviation = ${f}`, 3, `${n}.key`),
      branch(`${n}.key = ${k}`, 3, ''),
      // Index order on the first sort key, so Neo4j only sorts the ties (a partial top).
      branch(`${n}.matchName STARTS WITH ${f}`, 2, `${n}.matchName, ${n}.key`),
      branch(`${n}.matchAbbreviation STARTS WITH ${f}`, 2, `${n}.matchAbbreviation, ${n}.key`),
      branch(`${n}.key STARTS WITH ${k}`, 2, `${n}.key`),
      // A word inside a name: only once three characters are typed, so that one letter cannot
      // ask the text index for half the graph.
      ...(form.length >= 3
        ? [
            branch(
              `${n}.matchName CONTAINS ${ctx.compile(new Cypher.Param(` ${form}`))}`,
              1,
              `${n}.matchName, ${n}.key`,
            ),
          ]
        : []),
    ];
    return `CALL () {
    ${branches.join('\n    UNION\n    ')}
}
WITH ${n}, max(${r}) AS ${r}, 0.0 AS ${ctx.compile(score)}
ORDER BY ${r} DESC, ${n}.matchName, ${n}.key
LIMIT ${limit}
RETURN collect(${ctx.compile(hit)}) AS result`;
  }).build();
}
