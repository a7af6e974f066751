// Loads source documents (one folder each under data/documents/, see claims-file.ts) into the graph.
// Every folder is read and checked before anything is written; then all of them are written in one
// transaction. Per document: its earlier provenance entries are removed, its claims upserted (nodes
// MERGEd on key, relationships on type and ends), and what no document or curator states any more is
// deleted. A second load of the same folders leaves the graph as it was; curators' audit records,
// links and sources are kept.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/neo4j.js';
import { QUERIES } from '../db/queries.js';
import { matchProps } from '../graph/explore/match-name.js';
import { searchTypeOf } from '../graph/model.js';
import { projectPath } from '../paths.js';
import { readDocumentFolder, type SourceDocument } from './claims-file.js';
import { ensureSchema } from './store-schema.js';

/** Properties the loader and curation keep themselves; a reload leaves them to their own statements. */
const SYSTEM_PROPERTIES = [
  'key',
  'sourceDocuments',
  'sourceExcerpts',
  'sourceStarts',
  'sourceEnds',
  'sourcePrefixes',
  'sourceSuffixes',
  'sourceLoaded',
  'excerptText',
  'basis',
  'basisRationale',
  'inferredBy',
  'inferredProperties',
  'inferredRationales',
  'loadedPropNames',
  'fullText',
  'attribution',
  'licence',
  'licenceUrl',
  'claimsLoaded',
  'start',
  'end',
];

/** A load is one transaction of a dozen statements, each planned afresh on a cold store. */
const LOAD_TIMEOUT_MS = 60_000;

export interface LoadSummary {
  documents: number;
  nodes: number;
  relationships: number;
}

/** The folder holding one folder per source document that `npm start` and `npm run db:load` load. */
export const DOCUMENTS_DIR = projectPath('data/documents');

/** The document folders shipped with the project. */
export function bundledFolders(dir = DOCUMENTS_DIR): string[] {
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((p) => statSync(p).isDirectory())
    .sort();
}

function statements(doc: SourceDocument, loadedBefore: boolean) {
  const document = doc.key;
  // A document never loaded has no entries to strip and leaves nothing to prune; skipping those two
  // statements keeps the first load into a fresh store (cold query planner) well inside the timeout.
  const strip = [
    { cypher: QUERIES['load-strip-relationships'], params: { document } },
    { cypher: QUERIES['load-strip-nodes'], params: { document } },
  ];
  return [
    ...(loadedBefore ? strip : []),
    {
      cypher: QUERIES['load-nodes'],
      params: {
        document,
        system: SYSTEM_PROPERTIES,
        nodes: doc.entities.map((e) => ({
          label: e.type,
          key: e.key,
          props: { ...e.props, ...matchProps(e.props), searchType: searchTypeOf(e.type) },
          basis: e.basis,
          rationale: e.rationale,
          inferredProperties: Object.keys(e.inferred),
          inferredRationales: Object.values(e.inferred),
          sources: e.sources,
        })),
      },
    },
    {
      cypher: QUERIES['load-relationships'],
      params: {
        document,
        relationships: doc.relationships.map((r) => ({
          type: r.type,
          from: r.from,
          to: r.to,
          basis: r.basis,
          rationale: r.rationale,
          sources: r.sources,
        })),
      },
    },
    {
      cypher: QUERIES['load-document-text'],
      params: {
        document,
        text: doc.text,
        attribution: doc.attribution,
        licence: doc.licence.name,
        licenceUrl: doc.licence.url,
      },
    },
    ...(loadedBefore ? [{ cypher: QUERIES['load-prune'] }] : []),
  ];
}

/** Keys of the documents some entity or relationship already has provenance from. */
async function documentsInGraph(db: Database, keys: string[]): Promise<Set<string>> {
  const result = await db.read<{ key: string }>(
    'UNWIND $keys AS key WITH key WHERE EXISTS { MATCH (n:Entity) WHERE key IN n.sourceDocuments } RETURN key',
    { keys },
  );
  return new Set(result.records.map((r) => r.get('key')));
}

/** Checks every folder, then loads them all in one transaction; nothing is written if one fails. */
export async function loadDocuments(db: Database, folders: string[]): Promise<LoadSummary> {
  const docs = folders.map((folder) => readDocumentFolder(folder));
  await ensureSchema(db);
  const loaded = await documentsInGraph(
    db,
    docs.map((d) => d.key),
  );
  await db.writeAll(
    docs.flatMap((d) => statements(d, loaded.has(d.key))),
    LOAD_TIMEOUT_MS,
  );
  return {
    documents: docs.length,
    nodes: docs.reduce((n, d) => n + d.entities.length, 0),
    relationships: docs.reduce((n, d) => n + d.relationships.length, 0),
  };
}

/** Loads the documents the project ships (data/documents/): what `npm start` loads into an empty store. */
export async function loadFacts(db: Database): Promise<LoadSummary> {
  return loadDocuments(db, bundledFolders());
}

/**
 * Removes what a document states: its provenance entries everywhere, then whatever no other
 * document (nor a curator’s source) still states.
 */
export async function removeDocument(db: Database, key: string): Promise<void> {
  await db.writeAll(
    [
      { cypher: QUERIES['unload-document-text'], params: { document: key } },
      { cypher: QUERIES['load-strip-relationships'], params: { document: key } },
      { cypher: QUERIES['load-strip-nodes'], params: { document: key } },
      { cypher: QUERIES['load-prune'] },
    ],
    LOAD_TIMEOUT_MS,
  );
}

/** True when the graph holds no entity yet (a fresh store), so start-up knows to load. */
export async function isEmpty(db: Database): Promise<boolean> {
  const result = await db.read<{ n: number }>('MATCH (n:Entity) RETURN count(n) AS n');
  return result.records[0]!.get('n') === 0;
}
