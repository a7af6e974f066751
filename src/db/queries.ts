// Named Cypher statements from cypher/, read once at start-up. Asking for a name that has no file
// fails at once, not at the first request that needs it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../paths.js';

const dir = projectPath('cypher');

const NAMES = [
  'load-nodes',
  'load-relationships',
  'load-strip-nodes',
  'load-strip-relationships',
  'load-prune',
  'load-document-text',
  'unload-document-text',
  'lock-entities',
  'record-progress',
  'add-document',
  'describe-document',
  'read-relationship',
  'link-entities',
  'unlink-entities',
  'correct-property',
  'find-by-number',
  'create-audit-record',
  'export-entities',
  'export-relationships',
  'export-entity-properties',
  'export-relationship-properties',
  'match-names-missing-count',
  'match-names-missing',
  'set-match-names',
  'search-types-missing-count',
  'set-search-types',
] as const;
export type QueryName = (typeof NAMES)[number];

function read(file: string): string {
  return readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

export const QUERIES: Readonly<Record<QueryName, string>> = Object.fromEntries(
  NAMES.map((name) => [name, read(`${name}.cypher`)]),
) as Record<QueryName, string>;

/** Schema statements (constraints, indexes), in file order, blank-line separated within a file. */
export const SCHEMA_STATEMENTS: readonly string[] = readdirSync(path.join(dir, 'schema'))
  .filter((f) => f.endsWith('.cypher'))
  .sort()
  .flatMap((f) => read(path.join('schema', f)).split(/\n\s*\n/))
  .map((s) => s.trim())
  .filter(Boolean);
