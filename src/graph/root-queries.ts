// The statements behind the root fields: a lookup by key, a lookup by IDs, a top-level list. Each is
// one Cypher query whose single `result` column holds the whole response of the field.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { selectionKey } from './compiled.js';
import type { EntityRef } from './ids.js';
import type { EntityType, Target } from './model.js';
import type { Statement } from './statement.js';
import type { Translator } from './translate.js';

export type { Statement } from './statement.js';

/**
 * MATCH (n:Entity:Type {key: $param0}) RETURN n {…} AS result
 *
 * Built once per type and selection (compiled.ts): the key is the statement's first parameter,
 * `param0`, and is bound for each call.
 */
export function lookupByKey(t: Translator, type: Target | 'Node', key: string, tree: ResolveTree): Statement {
  return t.compiled.bind(`key\n${type}\n${selectionKey(tree.fieldsByTypeName)}`, 'param0', key, () =>
    buildLookupByKey(t, type, key, tree),
  );
}

function buildLookupByKey(t: Translator, type: Target | 'Node', key: string, tree: ResolveTree): Statement {
  const n = new Cypher.Node();
  // :Entity always: the unique index on :Entity(key) is what finds the node. With the type's label
  // alone Neo4j has no index to use and scans every node of the type (0.3 ms at 10 thousand nodes,
  // 30 ms at 100 thousand).
  const labels = type === 'Node' || type === 'Entity' ? ['Entity'] : ['Entity', type];
  const query = new Cypher.Match(new Cypher.Pattern(n, { labels, properties: { key: new Cypher.Param(key) } })).return([
    t.entity(n, type, tree.fieldsByTypeName),
    'result',
  ]);
  return query.build();
}

/**
 * UNWIND $refs AS ref
 * OPTIONAL MATCH (n:Entity) WHERE n.key = ref.key AND ref.type IN labels(n)
 * RETURN CASE WHEN n IS NULL THEN NULL ELSE n {…} END AS result ORDER BY ref.index
 */
export function lookupByRefs(t: Translator, refs: EntityRef[], tree: ResolveTree): Statement {
  const n = new Cypher.Node();
  const ref = new Cypher.Variable();
  const query = new Cypher.Unwind([new Cypher.Param(refs.map((r, index) => ({ ...r, index }))), ref])
    .optionalMatch(new Cypher.Pattern(n, { labels: ['Entity'] }))
    .where(
      Cypher.and(Cypher.eq(n.property('key'), ref.property('key')), Cypher.in(ref.property('type'), Cypher.labels(n))),
    )
    .return([
      new Cypher.Case()
        .when(Cypher.isNull(n))
        .then(Cypher.Null)
        .else(t.entity(n, 'Node', tree.fieldsByTypeName)),
      'result',
    ])
    .orderBy([ref.property('index'), 'ASC']);
  return query.build();
}

/**
 * RETURN COLLECT { MATCH (m:Type) … }[0] AS result — see Translator.connection. Kept whole per type,
 * argument values and selection (compiled.ts): a page, its filter and its cursor are all in the key.
 */
export function list(t: Translator, type: EntityType, tree: ResolveTree): Statement {
  return t.reused(`list ${type}`, tree.args, tree, () =>
    new Cypher.Return([t.connection(tree, { type }), 'result']).build(),
  );
}
