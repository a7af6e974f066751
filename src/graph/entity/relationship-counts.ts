// How many relationships of each type around one entity (`Entity.relationshipCounts`); the same
// counts over the whole graph are the `relationshipTypes` root query (src/explore/relationship-types/).
// The types come from the model table, so each count is a COUNT over a fixed type, which Neo4j answers
// from the node's degree without visiting relationships.
import Cypher from '@neo4j/cypher-builder';
import { RELATIONS, isEntityType, relationFieldsOf } from '../model.js';
import { project, type FieldsByTypeName } from '../cypher-parts.js';

/** Every relationship type of the model, sorted. */
export const ALL_TYPES = [...new Set(RELATIONS.map((r) => r.type))].sort();

/** `[x IN [{type, count}, …] (WHERE x.count > 0) | {…}]`, shaped as `RelationshipTypeCount`. */
export function counts(
  types: string[],
  count: (type: string) => Cypher.Expr,
  fieldsByTypeName: FieldsByTypeName,
  keepZero: boolean,
): Cypher.Expr {
  const x = new Cypher.Variable();
  const all = new Cypher.List(
    types.map((type) => new Cypher.Map({ type: new Cypher.Literal(type), count: count(type) })),
  );
  const shaped = project(fieldsByTypeName, 'RelationshipTypeCount', (field) =>
    field.name === 'type' || field.name === 'count' ? x.property(field.name) : undefined,
  );
  const list = new Cypher.ListComprehension(x).in(all);
  if (!keepZero) list.where(Cypher.gt(x.property('count'), new Cypher.Literal(0)));
  return list.map(shaped);
}

/**
 * `[x IN [{type: 'INSPECTS', count: COUNT { (n)-[:INSPECTS]-() }}, …] WHERE x.count > 0 | {…}]`, both
 * directions, for the types the entity's own type can have (every type when only `Entity` is known).
 */
export function relationshipCountsOf(
  n: Cypher.Node,
  typeName: string,
  fieldsByTypeName: FieldsByTypeName,
): Cypher.Expr {
  const types = isEntityType(typeName)
    ? [...new Set(relationFieldsOf(typeName).map((f) => f.relation.type))].sort()
    : ALL_TYPES;
  const count = (type: string) =>
    new Cypher.Count(new Cypher.Pattern(n).related({ type, direction: 'undirected' }).to());
  return counts(types, count, fieldsByTypeName, false);
}
