// The graph as GraphML, for Gephi, yEd and Cytoscape desktop. Every node carries its `type` and a
// `label` (its name, as those tools show it) and every stored property; every edge its `type` (and
// `label`) and its properties. GraphML has no list type, so lists (the sources' documents and
// excerpts among them) are written as JSON text; numbers and booleans keep their GraphML types.
// All keys are declared before the graph, all nodes before the first edge.
import type { Database } from '../db/neo4j.js';
import { readEntities, readPropertyColumns, readRelationships, type PropertyColumn, type Value } from './read-graph.js';

/** XML 1.0 cannot carry most control characters at all, even escaped; they are dropped. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The GraphML type of a property from the Neo4j value types it holds across the graph. */
function graphmlType(types: string[]): string {
  const kinds = new Set(types.map((t) => t.replace(/ NOT NULL$/, '')).filter((t) => t !== 'NULL'));
  if (kinds.size !== 1) return 'string';
  const [kind] = kinds;
  return kind === 'INTEGER' ? 'long' : kind === 'FLOAT' ? 'double' : kind === 'BOOLEAN' ? 'boolean' : 'string';
}

interface Key {
  id: string;
  name: string;
  type: string;
}

/** Declared keys: `type` and `label` first; a stored property of either name is kept as `property:<name>`. */
function keysFor(prefix: string, columns: PropertyColumn[]): Map<string, Key> {
  const keys = new Map<string, Key>();
  const add = (property: string, name: string, type: string) =>
    keys.set(property, { id: `${prefix}${keys.size}`, name, type });
  add('\0type', 'type', 'string');
  add('\0label', 'label', 'string');
  for (const c of columns) {
    const name = c.name === 'type' || c.name === 'label' ? `property:${c.name}` : c.name;
    add(c.name, name, graphmlType(c.types));
  }
  return keys;
}

function text(value: Value): string {
  if (Array.isArray(value))
    return JSON.stringify(value.map((v) => (typeof v === 'object' && !Array.isArray(v) ? v.date : v)));
  if (typeof value === 'object') return value.date;
  return String(value);
}

function data(keys: Map<string, Key>, values: [string, Value | undefined][]): string {
  return values
    .filter(([property, value]) => value !== undefined && keys.has(property))
    .map(([property, value]) => `<data key="${keys.get(property)!.id}">${xmlText(text(value!))}</data>`)
    .join('');
}

const declare = (target: 'node' | 'edge', keys: Map<string, Key>) =>
  [...keys.values()]
    .map((k) => `  <key id="${k.id}" for="${target}" attr.name="${xmlText(k.name)}" attr.type="${k.type}"/>\n`)
    .join('');

export async function* graphmlChunks(db: Database): AsyncGenerator<string> {
  const nodeKeys = keysFor('n', await readPropertyColumns(db, 'entities'));
  const edgeKeys = keysFor('e', await readPropertyColumns(db, 'relationships'));
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    declare('node', nodeKeys) +
    declare('edge', edgeKeys) +
    '  <graph id="ct-knowledge-graph" edgedefault="directed">\n';
  for await (const e of readEntities(db)) {
    const props = { ...e.props, ...e.sourceLists };
    const label = props.name ?? props.title ?? e.key;
    yield `    <node id="${xmlText(e.key)}">${data(nodeKeys, [['\0type', e.type], ['\0label', label], ...Object.entries(props)])}</node>\n`;
  }
  let n = 0;
  for await (const r of readRelationships(db)) {
    const props = { ...r.props, ...r.sourceLists };
    const values: [string, Value][] = [['\0type', r.type], ['\0label', r.type], ...Object.entries(props)];
    yield `    <edge id="r${n++}" source="${xmlText(r.from)}" target="${xmlText(r.to)}">${data(edgeKeys, values)}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
