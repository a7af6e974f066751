// The exports by file name, as `GET /export/<file>` and `npm run export` name them: the whole graph as
// JSON-LD or GraphML, one CSV per entity type, and one CSV of the relationships.
import type { Database } from '../db/neo4j.js';
import { CSV_TYPES, entityCsvChunks, relationshipCsvChunks } from './csv.js';
import { graphmlChunks } from './graphml.js';
import { jsonldChunks } from './jsonld.js';

export interface Export {
  file: string;
  contentType: string;
  chunks(db: Database): AsyncGenerator<string>;
}

const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

export const EXPORTS: readonly Export[] = [
  { file: 'graph.jsonld', contentType: 'application/ld+json; charset=utf-8', chunks: jsonldChunks },
  { file: 'graph.graphml', contentType: 'application/graphml+xml; charset=utf-8', chunks: graphmlChunks },
  ...CSV_TYPES.map((type) => ({
    file: `${type}.csv`,
    contentType: CSV_TYPE,
    chunks: (db: Database) => entityCsvChunks(db, type),
  })),
  { file: 'relationships.csv', contentType: CSV_TYPE, chunks: relationshipCsvChunks },
];

/** The export a file name asks for; entity types may be written in any case (`organisation.csv`). */
export function exportNamed(file: string): Export | undefined {
  return EXPORTS.find((e) => e.file.toLowerCase() === file.toLowerCase());
}
