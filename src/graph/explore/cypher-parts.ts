// Pieces the exploration queries share: the SHORTEST path clause the builder cannot write yet, the
// projection of a plain object type by response name, and the projection of a relationship.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { Translator } from '../translate.js';

type FieldsByTypeName = ResolveTree['fieldsByTypeName'];

export type ShortestSelector = 'SHORTEST 1' | 'ALL SHORTEST' | `SHORTEST ${number}`;

/**
 * `MATCH p = SHORTEST 1 (a)-[…]-(b) WHERE …`. cypher-builder 3.3 writes the selector before the path
 * variable (`MATCH SHORTEST 1 p = …`), which Neo4j rejects, so this one clause is assembled here; its
 * parts are still compiled by the builder, so variables and parameters keep their generated names.
 * The selector is one of the fixed strings above, never a request value.
 */
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

/** `list[index]` with an expression as index, which the builder's listIndex() does not take. */
export const at = (list: Cypher.Expr, index: Cypher.Expr) => new Cypher.Raw((ctx) => `${ctx.compile(list)}[${ctx.compile(index)}]`);

/** The relationship types of a variable-length pattern; undefined follows every type. */
export function typeExpression(types: string[] | undefined): Cypher.LabelExpr | string | undefined {
  if (!types) return undefined;
  return types.length === 1 ? types[0]! : Cypher.labelExpr.or(...types);
}

/** A map with one entry per requested field of `typeName`, keyed by response name (alias). */
export function project(
  fieldsByTypeName: FieldsByTypeName,
  typeName: string,
  value: (tree: ResolveTree) => Cypher.Expr | undefined,
  base: Record<string, Cypher.Expr> = {},
): Cypher.Map {
  const map = new Cypher.Map(base);
  for (const [alias, tree] of Object.entries(fieldsByTypeName[typeName] ?? {})) {
    if (tree.name === '__typename') continue;
    const expr = value(tree);
    if (expr) map.set(alias, expr);
  }
  return map;
}

// The builder offers `.property()` on variables only; `startNode(r).key` needs it on a function.
const keyOf = (node: Cypher.Expr) => new Cypher.Raw((ctx) => `${ctx.compile(node)}.key`);

/**
 * A relationship as a graph view draws it (`GraphRelationship`): its type, the keys of its ends and
 * its provenance. Its ID is made from type and ends, which identify it: the load MERGEs on them.
 */
export function graphRelationship(t: Translator, r: Cypher.Relationship, fieldsByTypeName: FieldsByTypeName): Cypher.Map {
  const fromKey = keyOf(Cypher.startNode(r));
  const toKey = keyOf(Cypher.endNode(r));
  const colon = new Cypher.Literal(':');
  const key = [colon, fromKey, colon, toKey].reduce<Cypher.Expr>((text, part) => Cypher.concat(text, part), Cypher.type(r));
  return project(
    fieldsByTypeName,
    'GraphRelationship',
    (tree) => {
      if (tree.name === 'type') return Cypher.type(r);
      if (tree.name === 'fromKey') return fromKey;
      if (tree.name === 'toKey') return toKey;
      if (tree.name === 'sources') return t.sources(r, tree.fieldsByTypeName);
      return undefined; // id: from __typename and __key
    },
    { __typename: new Cypher.Literal('GraphRelationship'), __key: key },
  );
}
