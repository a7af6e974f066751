// Every relationship type of the model and how many relationships of it the graph holds, so an
// explorer knows what it can ask. Each count is a COUNT over a fixed type, which Neo4j answers from its
// counts store without visiting relationships.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { ALL_TYPES, counts } from '../../graph/entity/relationship-counts.js';
import type { Statement } from '../../graph/statement.js';

/** RETURN [x IN [{type: 'ABOUT', count: COUNT { ()-[:ABOUT]->() }}, …] | {…}] AS result — every type of the model, zero included. */
export function relationshipTypeCounts(tree: ResolveTree): Statement {
  const count = (type: string) => new Cypher.Count(new Cypher.Pattern().related({ type }).to());
  return new Cypher.Return([counts(ALL_TYPES, count, tree.fieldsByTypeName, true), 'result']).build();
}
