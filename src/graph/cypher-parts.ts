// Small pieces of Cypher the builder cannot write yet, shared by the entity projection, the lists and
// the exploration queries. Each compiles its operands through the builder, so variables and parameters
// keep their generated names; none takes text from a request.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';

export type FieldsByTypeName = ResolveTree['fieldsByTypeName'];

/** `list[index]` with an expression as index, which the builder's listIndex() does not take. */
export const at = (list: Cypher.Expr, index: Cypher.Expr) =>
  new Cypher.Raw((ctx) => `${ctx.compile(list)}[${ctx.compile(index)}]`);

/** `list[0..to]` with an expression as bound. */
export const sliceTo = (list: Cypher.Expr, to: Cypher.Expr) =>
  new Cypher.Raw((ctx) => `${ctx.compile(list)}[0..${ctx.compile(to)}]`);

/** `[i IN range(0, size(coalesce(list, [])) - 1) | map]`: one map per index of a stored parallel list. */
export function eachIndex(i: Cypher.Variable, list: Cypher.Expr, map: Cypher.Map): Cypher.Expr {
  const count = Cypher.size(Cypher.coalesce(list, new Cypher.Literal([])));
  return new Cypher.ListComprehension(i)
    .in(Cypher.range(new Cypher.Literal(0), Cypher.minus(count, new Cypher.Literal(1))))
    .map(map);
}

/** The relationship types of a variable-length pattern; undefined follows every type. */
export function typeExpression(types: readonly string[] | undefined): Cypher.LabelExpr | string | undefined {
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
