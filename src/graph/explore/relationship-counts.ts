// How many relationships of each type: in the whole graph (so an explorer knows what it can ask) and
// around one entity. The types come from the model table, so each count is a COUNT over a fixed
// type, which Neo4j answers from its counts store or the node's degree without visiting relationships.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { RELATIONS, isEntityType, relationFieldsOf } from '../model.js';
import type { Statement } from '../root-queries.js';
import { project } from './cypher-parts.js';

type FieldsByTypeName = ResolveTree['fieldsByTypeName'];

const ALL_TYPES = [...new Set(RELATIONS.map((r) => r.type))].sort();

function counts(types: string[], count: (type: string) => Cypher.Expr, fieldsByTypeName: FieldsByTypeName, keepZero: boolean): Cypher.Expr {
  const x = new Cypher.Variable();
  const all = new Cypher.List(types.map((type) => new Cypher.Map({ type: new Cypher.Literal(type), count: count(type) })));
  const shaped = project(fieldsByTypeName, 'RelationshipTypeCount', (field) =>
    field.name === 'type' || field.name === 'count' ? x.property(field.name) : undefined,
  );
  const list = new Cypher.ListComprehension(x).in(all);
  if (!keepZero) list.where(Cypher.gt(x.property('count'), new Cypher.Literal(0)));
  return list.map(shaped);
}

/** RETURN [x IN [{type: 'ABOUT', count: COUNT { ()-[:ABOUT]->() }}, …] | {…}] AS result — every type of the model, zero included. */
export function relationshipTypeCounts(tree: ResolveTree): Statement {
  const count = (type: string) => new Cypher.Count(new Cypher.Pattern().related({ type }).to());
  return new Cypher.Return([counts(ALL_TYPES, count, tree.fieldsByTypeName, true), 'result']).build();
}

/**
 * `[x IN [{type: 'INSPECTS', count: COUNT { (n)-[:INSPECTS]-() }}, …] WHERE x.count > 0 | {…}]`, both
 * directions, for the types the entity's own type can have (every type when only `Entity` is known).
 */
export function relationshipCountsOf(n: Cypher.Node, typeName: string, fieldsByTypeName: FieldsByTypeName): Cypher.Expr {
  const types = isEntityType(typeName) ? [...new Set(relationFieldsOf(typeName).map((f) => f.relation.type))].sort() : ALL_TYPES;
  const count = (type: string) => new Cypher.Count(new Cypher.Pattern(n).related({ type, direction: 'undirected' }).to());
  return counts(types, count, fieldsByTypeName, false);
}
