// The graph as the exports read it: entities and relationships with whatever properties they carry,
// in pages of bounded size, so an export's memory does not grow with the graph. Nothing here knows
// the properties of a type: a property the data gains later (a basis, a rationale, a selector of a
// source) reaches every export format without a change here.
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';
import type { Database } from '../db/neo4j.js';
import { QUERIES } from '../db/queries.js';

/** A property value as the exports write it: temporal values become ISO text tagged with their XSD type. */
export type Value = string | number | boolean | { date: string; xsd: string } | Value[];

export type Properties = Record<string, Value>;

/** One source of a claim: the document, the excerpt and any further per-source field (selectors). */
export interface Source {
  document: string;
  [field: string]: Value;
}

export interface ExportEntity {
  key: string;
  type: string;
  /** Every stored property except provenance and search helpers. */
  props: Properties;
  sources: Source[];
  /** The provenance lists as stored (`sourceDocuments`, `sourceExcerpts`, …), for tabular formats. */
  sourceLists: Properties;
}

export interface ExportRelationship {
  from: string;
  fromType: string;
  type: string;
  to: string;
  toType: string;
  props: Properties;
  sources: Source[];
  sourceLists: Properties;
}

export const PAGE_SIZE = 500;

/** Stored only to feed the full-text index (see cypher/schema/constraints.cypher). */
const SEARCH_HELPERS = new Set(['excerptText', 'searchName', 'searchType', 'matchName', 'matchAbbreviation']);

/**
 * Provenance is stored as parallel lists named `source…` (`sourceDocuments`, `sourceExcerpts`, and
 * any further list of the same length, such as selector offsets): entry i of each list describes
 * source i. `sourceExcerpts` becomes the source's `excerpt`, `sourcePrefixes` its `prefix`.
 */
const fieldOf = (listName: string): string => {
  const plural = listName.slice('source'.length);
  const singular = plural.endsWith('xes') ? plural.slice(0, -2) : plural.endsWith('s') ? plural.slice(0, -1) : plural;
  return singular.charAt(0).toLowerCase() + singular.slice(1);
};

function toValue(raw: unknown): Value | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (Array.isArray(raw)) return raw.map(toValue).filter((v): v is Value => v !== undefined);
  if (isDate(raw)) return { date: raw.toString(), xsd: 'date' };
  if (isDateTime(raw) || isLocalDateTime(raw)) return { date: raw.toString(), xsd: 'dateTime' };
  if (isTime(raw) || isLocalTime(raw)) return { date: raw.toString(), xsd: 'time' };
  if (isDuration(raw)) return { date: raw.toString(), xsd: 'duration' };
  return String(raw);
}

/** Splits stored properties into plain properties and the list of sources they carry. */
export function splitProvenance(stored: Record<string, unknown>): {
  props: Properties;
  sources: Source[];
  sourceLists: Properties;
} {
  const documents = Array.isArray(stored.sourceDocuments) ? (stored.sourceDocuments as unknown[]) : [];
  const props: Properties = {};
  const sourceLists: Properties = {};
  const sources: Source[] = documents.map((document) => ({ document: String(document) }));
  for (const [name, raw] of Object.entries(stored)) {
    if (SEARCH_HELPERS.has(name)) continue;
    const perSource = /^source[A-Z]/.test(name) && Array.isArray(raw) && raw.length === documents.length;
    if (!perSource) {
      const value = toValue(raw);
      if (value !== undefined) props[name] = value;
      continue;
    }
    sourceLists[name] = toValue(raw)!;
    if (name === 'sourceDocuments') continue;
    (raw as unknown[]).forEach((item, i) => {
      // A source's selector may also be stored whole, as JSON text of an object.
      if (typeof item === 'string' && item.startsWith('{')) {
        try {
          for (const [field, v] of Object.entries(JSON.parse(item) as Record<string, unknown>)) {
            const value = toValue(v);
            if (value !== undefined && field !== 'document') sources[i]![field] = value;
          }
          return;
        } catch {
          // Not JSON after all: kept as text below.
        }
      }
      const value = toValue(item);
      if (value !== undefined) sources[i]![fieldOf(name)] = value;
    });
  }
  return { props, sources, sourceLists };
}

/** Every exported entity (of one type, when given), in key order, read a page at a time. */
export async function* readEntities(
  db: Database,
  type: string | null = null,
  pageSize = PAGE_SIZE,
): AsyncGenerator<ExportEntity> {
  let after = '';
  for (;;) {
    const page = await db.read(QUERIES['export-entities'], { after, type, limit: neo4j.int(pageSize) });
    for (const record of page.records) {
      const labels = record.get('labels') as string[];
      yield { key: record.get('key'), type: type ?? labels[0] ?? 'Entity', ...splitProvenance(record.get('props')) };
    }
    if (page.records.length < pageSize) return;
    after = page.records.at(-1)!.get('key');
  }
}

/** Every exported relationship, grouped by start entity in key order, read a page at a time. */
export async function* readRelationships(db: Database, pageSize = PAGE_SIZE): AsyncGenerator<ExportRelationship> {
  let after = '';
  for (;;) {
    const page = await db.read(QUERIES['export-relationships'], { after, limit: neo4j.int(pageSize) });
    for (const record of page.records) {
      for (const rel of record.get('out') as {
        type: string;
        to: string;
        toType: string;
        props: Record<string, unknown>;
      }[]) {
        yield {
          from: record.get('from'),
          fromType: record.get('fromType'),
          type: rel.type,
          to: rel.to,
          toType: rel.toType,
          ...splitProvenance(rel.props),
        };
      }
    }
    if (page.records.length < pageSize) return;
    after = page.records.at(-1)!.get('from');
  }
}

/** A property name with the value types it holds across the graph, as Neo4j's `valueType` names them. */
export interface PropertyColumn {
  name: string;
  types: string[];
}

export async function readPropertyColumns(
  db: Database,
  of: 'entities' | 'relationships',
  type: string | null = null,
): Promise<PropertyColumn[]> {
  const result =
    of === 'entities'
      ? await db.read(QUERIES['export-entity-properties'], { type })
      : await db.read(QUERIES['export-relationship-properties']);
  return result.records
    .map((r) => ({ name: r.get('key') as string, types: r.get('types') as string[] }))
    .filter((c) => !SEARCH_HELPERS.has(c.name));
}
