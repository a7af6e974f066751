// The parts of a connection around its items: Relay's `pageInfo`, read from the one-past-the-page
// item list, and the relationship an edge followed, with its provenance.
import Cypher from '@neo4j/cypher-builder';
import type { FieldsByTypeName } from '../cypher-parts.js';
import type { EntityProjection } from '../entity/projection.js';
import type { CursorPosition } from '../ids.js';
import type { RelationField } from '../model.js';

export function pageInfo(
  fieldsByTypeName: FieldsByTypeName,
  items: Cypher.Variable,
  page: Cypher.Expr,
  first: Cypher.Param,
  after: CursorPosition | null,
): Cypher.Map {
  const map = new Cypher.Map();
  const cursors = () => {
    const x = new Cypher.Variable();
    return new Cypher.ListComprehension(x).in(page).map(x.property('cursor'));
  };
  for (const [alias, tree] of Object.entries(fieldsByTypeName.PageInfo ?? {})) {
    if (tree.name === 'hasNextPage') map.set(alias, Cypher.gt(Cypher.size(items), first));
    if (tree.name === 'hasPreviousPage') map.set(alias, new Cypher.Literal(after !== null));
    if (tree.name === 'startCursor') map.set(alias, Cypher.head(cursors()));
    if (tree.name === 'endCursor') map.set(alias, Cypher.last(cursors()));
  }
  return map;
}

/** An edge's `relationship`: type and direction from the model, the rest from the relationship `r`. */
export function edgeRelationship(
  entities: EntityProjection,
  r: Cypher.Relationship,
  field: RelationField,
  fieldsByTypeName: FieldsByTypeName,
): Cypher.Map {
  const map = new Cypher.Map();
  for (const [alias, tree] of Object.entries(fieldsByTypeName.Relationship ?? {})) {
    if (tree.name === 'type') map.set(alias, new Cypher.Literal(field.relation.type));
    if (tree.name === 'direction') map.set(alias, new Cypher.Literal(field.direction));
    if (tree.name === 'sources') map.set(alias, entities.sources(r, tree.fieldsByTypeName));
    if (tree.name === 'basis') map.set(alias, Cypher.coalesce(r.property('basis'), new Cypher.Literal('STATED')));
    if (tree.name === 'rationale') map.set(alias, r.property('basisRationale'));
    if (tree.name === 'inferredBy') map.set(alias, r.property('inferredBy'));
  }
  return map;
}
