// Full-text search over names, titles, descriptions, texts and source excerpts (the `entity_text`
// index, standard-folding analyzer: case and accents do not matter), ranked by Lucene's score.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import neo4j from 'neo4j-driver';
import type { EntityType } from '../model.js';
import type { Statement } from '../root-queries.js';
import type { Translator } from '../translate.js';
import { checkEntityTypes, checkInt } from './bounds.js';
import { project } from './cypher-parts.js';
import { luceneQuery } from './search-text.js';

export const SEARCH_INDEX = 'entity_text';

export interface SearchArgs {
  text: string;
  types?: EntityType[] | null;
  first?: number;
}

/**
 * CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
 * WHERE any(l IN labels(node) WHERE l IN $types)
 * RETURN { score: score, entity: node {…} } AS result
 * ORDER BY CASE WHEN toLower(trim(node.name)) = $typed THEN 1 ELSE 0 END DESC, score DESC, node.key ASC LIMIT $first
 */
export function search(t: Translator, args: SearchArgs, tree: ResolveTree): Statement {
  const query = luceneQuery(args.text);
  const first = checkInt(args.first ?? 10, 'first', 0, t.options.maxPageSize, 'page size');
  const types = checkEntityTypes(args.types);
  const node = new Cypher.Node();
  const score = new Cypher.Variable();
  const hit = project(tree.fieldsByTypeName, 'SearchHit', (field) => {
    if (field.name === 'score') return score;
    if (field.name === 'entity') return t.entity(node, 'Entity', field.fieldsByTypeName);
    return undefined;
  });
  const call = Cypher.db.index.fulltext.queryNodes(SEARCH_INDEX, new Cypher.Param(query)).yield(['node', node], ['score', score]);
  if (types) {
    const l = new Cypher.Variable();
    call.where(Cypher.any(l, Cypher.labels(node), Cypher.in(l, new Cypher.Param(types))));
  }
  // An entity named exactly what was typed comes first ("prevent" → the Prevent strand, before the
  // texts that use the verb), then Lucene's score.
  const named = Cypher.eq(Cypher.toLower(Cypher.trim(Cypher.coalesce(node.property('name'), new Cypher.Literal('')))), new Cypher.Param(args.text.trim().toLowerCase()));
  const exact = new Cypher.Case().when(named).then(new Cypher.Literal(1)).else(new Cypher.Literal(0));
  return call
    .return([hit, 'result'])
    .orderBy([exact, 'DESC'], [score, 'DESC'], [node.property('key'), 'ASC'])
    .limit(new Cypher.Param(neo4j.int(first)))
    .build();
}
