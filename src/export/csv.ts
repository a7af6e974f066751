// The graph as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma,
// a quote, a line break or edge spaces, quotes doubled), one file per entity type and one for the
// relationships. Columns are every property the rows carry, `key` (or the ends and type) first;
// lists, the sources' documents and excerpts among them, are JSON text in one field.
import type { Database } from '../db/neo4j.js';
import { ENTITY_TYPES } from '../graph/model.js';
import { readEntities, readPropertyColumns, readRelationships, type Properties, type Value } from './read-graph.js';

/** Entity types with a CSV export: those of the model that hold facts (not audit records). */
export const CSV_TYPES: readonly string[] = ENTITY_TYPES.filter((t) => t !== 'AuditRecord');

export function csvField(value: Value | undefined): string {
  if (value === undefined) return '';
  const text = Array.isArray(value)
    ? JSON.stringify(value.map((v) => (typeof v === 'object' && !Array.isArray(v) ? v.date : v)))
    : typeof value === 'object'
      ? value.date
      : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (fields: (Value | undefined)[]): string => `${fields.map(csvField).join(',')}\r\n`;

function orderColumns(names: string[], first: string[]): string[] {
  const rest = names.filter((n) => !first.includes(n));
  // Provenance lists last, where a reader of the table looks for the evidence of a row.
  const byProvenance = (n: string) => (/^source[A-Z]/.test(n) ? 1 : 0);
  return [...first, ...rest.sort((a, b) => byProvenance(a) - byProvenance(b) || a.localeCompare(b))];
}

/** The rows of one entity type, header first. */
export async function* entityCsvChunks(db: Database, type: string): AsyncGenerator<string> {
  const stored = (await readPropertyColumns(db, 'entities', type)).map((c) => c.name);
  const columns = orderColumns(stored, ['key', ...(stored.includes('name') ? ['name'] : [])]);
  yield csvRow(columns);
  for await (const e of readEntities(db, type)) {
    const values: Properties = { ...e.props, ...e.sourceLists, key: e.key };
    yield csvRow(columns.map((c) => values[c]));
  }
}

/** Every relationship: its start, type and end (with their entity types), then its properties. */
export async function* relationshipCsvChunks(db: Database): AsyncGenerator<string> {
  const stored = (await readPropertyColumns(db, 'relationships')).map((c) => c.name);
  const ends = ['from', 'fromType', 'type', 'to', 'toType'];
  const columns = orderColumns(
    stored.filter((n) => !ends.includes(n)),
    [],
  );
  yield csvRow([...ends, ...columns]);
  for await (const r of readRelationships(db)) {
    const values: Properties = { ...r.props, ...r.sourceLists };
    yield csvRow([r.from, r.fromType, r.type, r.to, r.toType, ...columns.map((c) => values[c])]);
  }
}
