// What every root field's builder hands back: one Cypher statement and its parameters. Its own module
// so that the builders (root-queries.ts, explore/, entity/) share the type without importing each other.
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}
