// `MATCH p = SHORTEST 1 (a)-[…]-(b) WHERE …`. cypher-builder 3.3 writes the selector before the path
// variable (`MATCH SHORTEST 1 p = …`), which Neo4j rejects, so this one clause is assembled here; its
// parts are still compiled by the builder, so variables and parameters keep their generated names.
// The selector is one of the fixed strings below, never a request value.
import Cypher from '@neo4j/cypher-builder';

export type ShortestSelector = 'SHORTEST 1' | 'ALL SHORTEST' | `SHORTEST ${number}`;

export function matchShortest(
  path: Cypher.PathVariable,
  pattern: Cypher.Pattern,
  selector: ShortestSelector,
  where?: Cypher.Predicate,
): Cypher.Clause {
  return new Cypher.Raw((ctx) => {
    const condition = where ? `\nWHERE ${ctx.compile(where)}` : '';
    return `MATCH ${ctx.compile(path)} = ${selector} ${ctx.compile(pattern)}${condition}`;
  });
}
