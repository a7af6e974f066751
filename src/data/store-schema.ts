// The store's constraints and indexes (cypher/schema/), set up before a load. The full-text index's
// label list is the model's searched types, filled in here: Cypher cannot take labels of an index as
// parameters, so only the model's own type names, checked as identifiers, reach the statement's text.
import neo4j from 'neo4j-driver';
import type { Database } from '../db/neo4j.js';
import { SCHEMA_STATEMENTS } from '../db/queries.js';
import { ENTITY_TYPES, SEARCHED_TYPES, TEXT_FIELDS, TEXT_INDEX, TYPE_FIELD } from '../graph/model.js';
import { backfillSearchTypes } from './search-types.js';

/** Where cypher/schema/ names the searched types; `FOR (n:{{SEARCHED_TYPES}})` becomes `FOR (n:A|B|…)`. */
const SEARCHED_TYPES_SLOT = '{{SEARCHED_TYPES}}';
const IDENTIFIER = /^[A-Z][A-Za-z0-9]*$/;

function labelList(labels: readonly string[]): string {
  const bad = labels.find((l) => !IDENTIFIER.test(l));
  if (bad !== undefined || labels.length === 0) throw new Error(`not a label list for an index: ${labels.join('|')}`);
  return labels.join('|');
}

/**
 * Each type's entities in key order (a top-level list's default order, src/graph/lists/connection.ts):
 * a page is the first entries of the index on any size of graph, rather than a sort of the label.
 */
function keyIndex(type: string): string {
  labelList([type]);
  const name = type.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();
  return `CREATE INDEX ${name}_key IF NOT EXISTS FOR (n:${type}) ON (n.key)`;
}

/** The schema statements as they are run: cypher/schema/ in file order, then one key index per type. */
export function schemaStatements(): string[] {
  const searched = labelList(SEARCHED_TYPES);
  return [...SCHEMA_STATEMENTS.map((s) => s.replaceAll(SEARCHED_TYPES_SLOT, searched)), ...ENTITY_TYPES.map(keyIndex)];
}

/**
 * `IF NOT EXISTS` keeps an index whose definition has since changed: a full-text index over other
 * labels than the model's searched types (a type added or removed), or over other properties than
 * its text fields and the type field (an index made before it held the type), is dropped, to be
 * created anew.
 */
async function dropStaleTextIndex(db: Database): Promise<void> {
  const { records } = await db.read<{ labels: string[]; properties: string[] }>(
    'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = $name RETURN labelsOrTypes AS labels, properties',
    { name: TEXT_INDEX },
  );
  const index = records[0];
  if (!index) return;
  const same = (stored: readonly string[], wanted: readonly string[]) =>
    stored.length === wanted.length && [...stored].sort().join('|') === [...wanted].sort().join('|');
  if (same(index.get('labels'), SEARCHED_TYPES) && same(index.get('properties'), [...TEXT_FIELDS, TYPE_FIELD])) return;
  await db.write(`DROP INDEX ${TEXT_INDEX} IF EXISTS`);
}

/**
 * `awaitSeconds`: how long to wait for new indexes to fill (a million-node store takes minutes). An
 * existing store is brought up to date: its entities get their type field before the full-text
 * index that holds it is created.
 */
export async function ensureSchema(db: Database, awaitSeconds = 60): Promise<void> {
  await dropStaleTextIndex(db);
  await backfillSearchTypes(db);
  // Schema changes cannot share a transaction with data writes, so each runs on its own.
  for (const statement of schemaStatements()) await db.write(statement);
  await db.write('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(awaitSeconds) });
}
