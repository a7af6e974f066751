// The project's model (src/graph/model.ts) as type definitions for the Neo4j GraphQL Library 7, the
// system the benchmark compares this API with: same labels, stored properties and relationship types,
// on the same store. Node types and both ends of every relationship are generated from the model, so
// the comparison cannot drift from it; what the library cannot express by itself (neighbourhoods,
// paths, full-text search, timelines, a sort by deadline) is hand-written in exploration.graphql.
import { readFileSync } from 'node:fs';
import {
  ENTITIES,
  ENTITY_TYPES,
  relationFieldsOf,
  type EntityType,
  type RelationField,
} from '../../src/graph/model.js';
import { projectPath } from '../../src/paths.js';
import { ENUMS } from '../../src/schema/entity.enums.js';

const TAIL = projectPath('bench', 'neo4j-graphql', 'exploration.graphql');

/**
 * Where the store differs from the API's fields: a field the API computes or the benchmark leaves out
 * (null), or a property stored with another type.
 */
const STORED: Partial<Record<EntityType, Record<string, string | null>>> = {
  Document: { title: null, text: null, attribution: null, licence: null },
  CalendarDate: { start: 'Date!', end: 'Date!' },
  AuditRecord: { action: 'String!', actor: 'String!' },
};

/** Provenance lists, stored on every type but audit records (not claims, so never sourced). */
const SOURCES = ['sourceDocuments: [String!]!', 'sourceExcerpts: [String!]!'];
const UNSOURCED: ReadonlySet<EntityType> = new Set(['AuditRecord']);
/** Stored list properties beyond the model's scalar ones: an audit record's changes. */
const LISTS: Partial<Record<EntityType, string[]>> = {
  AuditRecord: ['changeFields: [String!]!', 'changesBefore: [String!]!', 'changesAfter: [String!]!'],
};

/** Names of the unions at relationship ends of more than one type; others get `<TYPE>Start`/`<TYPE>End`. */
const UNION_NAMES: Record<string, string> = {
  'MENTIONS OUT': 'MentionedEntity',
  'MENTIONS IN': 'MentioningText',
  'AUDITS OUT': 'AuditedEntity',
};

const pascal = (type: string) => type.toLowerCase().replace(/(^|_)(\w)/g, (_m, _s, c: string) => c.toUpperCase());

function unionOf(field: RelationField): { name: string; members: readonly EntityType[] } {
  const key = `${field.relation.type} ${field.direction}`;
  const end = field.direction === 'OUT' ? 'End' : 'Start';
  return {
    name: UNION_NAMES[key] ?? `${pascal(field.relation.type)}${end}`,
    members: field.direction === 'OUT' ? field.relation.to : field.relation.from,
  };
}

function nodeType(type: EntityType, enums: Set<string>, unions: Map<string, readonly EntityType[]>): string {
  const stored = STORED[type] ?? {};
  const fields = ['key: String!', 'name: String!', ...(UNSOURCED.has(type) ? [] : SOURCES)];
  for (const [name, property] of Object.entries(ENTITIES[type].properties)) {
    const storedAs = name in stored ? stored[name] : `${property.type}${property.nullable ? '' : '!'}`;
    if (storedAs === null || storedAs === undefined) continue;
    if (property.type in ENUMS && storedAs.startsWith(property.type)) enums.add(property.type);
    fields.push(`${name}: ${storedAs}`);
  }
  fields.push(...(LISTS[type] ?? []));
  for (const field of relationFieldsOf(type)) {
    let target: string = field.target;
    if (target === 'Entity') {
      const union = unionOf(field);
      unions.set(union.name, union.members);
      target = union.name;
    }
    fields.push(
      `${field.name}: [${target}!]! @relationship(type: "${field.relation.type}", direction: ${field.direction})`,
    );
  }
  return `type ${type} @node {\n${fields.map((f) => `  ${f}`).join('\n')}\n}`;
}

/** The library's type definitions: generated node types, then the hand-written tail. */
export function libraryTypeDefs(): string {
  const enums = new Set<string>();
  const unions = new Map<string, readonly EntityType[]>();
  const types = ENTITY_TYPES.map((type) => nodeType(type, enums, unions));
  const enumDefs = [...enums].map(
    (name) =>
      `enum ${name} {\n${Object.values(ENUMS[name as keyof typeof ENUMS])
        .map((v) => `  ${v}`)
        .join('\n')}\n}`,
  );
  const unionDefs = [...unions].map(([name, members]) => `union ${name} = ${members.join(' | ')}`);
  return [...enumDefs, ...types, ...unionDefs, readFileSync(TAIL, 'utf8')].join('\n\n');
}
