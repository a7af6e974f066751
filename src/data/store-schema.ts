// The store's constraints and indexes (cypher/schema/), set up before a load. The full-text index's
// label list is the model's searched types, filled in here: Cypher cannot take labels of an index as
// parameters, so only the model's own type names, checked as identifiers, reach the statement's text.
import type { Database } from '../db/neo4j.js';
import { SCHEMA_STATEMENTS } from '../db/queries.js';
import { SEARCHED_TYPES } from '../graph/model.js';

/** Where cypher/schema/ names the searched types; `FOR (n:{{SEARCHED_TYPES}})` becomes `FOR (n:A|B|…)`. */
const SEARCHED_TYPES_SLOT = '{{SEARCHED_TYPES}}';
/** The full-text index's name in cypher/schema/constraints.cypher. */
const TEXT_INDEX = 'entity_text';
const IDENTIFIER = /^[A-Z][A-Za-z0-9]*$/;

function labelList(labels: readonly string[]): string {
  const bad = labels.find((l) => !IDENTIFIER.test(l));
  if (bad !== undefined || labels.length === 0) throw new Error(`not a label list for an index: ${labels.join('|')}`);
  return labels.join('|');
}

/** The schema statements as they are run, in file order. */
export function schemaStatements(): string[] {
  const searched = labelList(SEARCHED_TYPES);
  return SCHEMA_STATEMENTS.map((s) => s.replaceAll(SEARCHED_TYPES_SLOT, searched));
}

/**
 * `IF NOT EXISTS` keeps an index whose definition has since changed: a full-text index over other
 * labels than the model's searched types (a type added or removed) is dropped, to be created anew.
 */
async function dropStaleTextIndex(db: Database): Promise<void> {
  const { records } = await db.read<{ labels: string[] }>(
    'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = $name RETURN labelsOrTypes AS labels',
    { name: TEXT_INDEX },
  );
  const labels = records[0]?.get('labels');
  if (!labels) return;
  const wanted = new Set(SEARCHED_TYPES);
  if (labels.length === wanted.size && labels.every((l) => wanted.has(l as never))) return;
  await db.write(`DROP INDEX ${TEXT_INDEX} IF EXISTS`);
}

export async function ensureSchema(db: Database): Promise<void> {
  await dropStaleTextIndex(db);
  // Schema changes cannot share a transaction with data writes, so each runs on its own.
  for (const statement of schemaStatements()) await db.write(statement);
  await db.write('CALL db.awaitIndexes(60)');
}
