// Running a root field's one statement: every row's `result` column is the response, already shaped.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Statement } from '../graph/statement.js';
import type { Context } from './context.js';

/** The first row, for statements that return other columns beside `result`. */
export async function firstRow(ctx: Context, statement: Statement): Promise<Neo4jRecord | undefined> {
  const result = await ctx.db.read(statement.cypher, statement.params);
  return result.records[0];
}

/** The `result` of the one row; null when there is none. */
export async function one(ctx: Context, statement: Statement): Promise<unknown> {
  return (await firstRow(ctx, statement))?.get('result') ?? null;
}

/** The `result` of every row, in order. */
export async function rows(ctx: Context, statement: Statement): Promise<unknown[]> {
  const result = await ctx.db.read(statement.cypher, statement.params);
  return result.records.map((record) => record.get('result'));
}

/** The list in the `result` of the one row, for statements that collect their answer. */
export async function list(ctx: Context, statement: Statement): Promise<unknown[]> {
  return ((await one(ctx, statement)) ?? []) as unknown[];
}
