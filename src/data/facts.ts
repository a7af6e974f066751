// The facts of the documents the project ships (data/documents/*/claims.yaml), read and checked at
// import, in the flat shape tests and the benchmark use: one entry per entity and relationship with
// its excerpts. The load itself reads the folders (load.ts); nothing here is written by hand.
import { readDocumentFolder, type SourceDocument } from './claims-file.js';
import { bundledFolders } from './load.js';

export const SOURCE_DOCUMENT = 'pr-2009-002';
export const SOURCE_FILE = 'data/documents/hmic-press-release-002-2009/text.txt';

export interface FactNode {
  label: string;
  key: string;
  props: Record<string, string | number | boolean | null>;
  excerpts: string[];
}

export interface FactRelationship {
  type: string;
  from: string;
  to: string;
  excerpts: string[];
}

export const DOCUMENTS: SourceDocument[] = bundledFolders().map((folder) => readDocumentFolder(folder));

const nodes = new Map<string, FactNode>();
const relationships = new Map<string, FactRelationship>();
for (const doc of DOCUMENTS) {
  for (const e of doc.entities) {
    const known = nodes.get(e.key);
    if (known) known.excerpts.push(...e.sources.map((s) => s.exact));
    else nodes.set(e.key, { label: e.type, key: e.key, props: e.props, excerpts: e.sources.map((s) => s.exact) });
  }
  for (const r of doc.relationships) {
    const id = `${r.from}|${r.type}|${r.to}`;
    const known = relationships.get(id);
    if (known) known.excerpts.push(...r.sources.map((s) => s.exact));
    else relationships.set(id, { type: r.type, from: r.from, to: r.to, excerpts: r.sources.map((s) => s.exact) });
  }
}

export const NODES: FactNode[] = [...nodes.values()];
export const RELATIONSHIPS: FactRelationship[] = [...relationships.values()];
