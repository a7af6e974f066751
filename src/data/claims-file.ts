// Reads one source-document folder (claims.yaml or claims.json, the text file it names) and checks
// every claim before anything is written: the published JSON Schema (schema/claims.schema.json),
// then what a schema cannot see: types and relationship kinds of the model, excerpts that occur in
// the text (once, or disambiguated), unique keys, valid dates. Every error names the file, the line
// and the claim; one failing claim fails the whole folder.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, isNode, parseDocument, type Document as YamlDocument } from 'yaml';
import { calendarPeriod } from '../graph/calendar.js';
import { CURATED_TYPES, ENTITY_TYPES, RELATIONS } from '../graph/model.js';
import { projectPath } from '../paths.js';
import { locate, type Selector } from './selectors.js';

import {
  ClaimsError,
  type ClaimEntity,
  type ClaimRelationship,
  type Excerpt,
  type RawClaims,
  type SourceDocument,
} from './claims.js';

export { ClaimsError, type ClaimEntity, type ClaimRelationship, type SourceDocument } from './claims.js';

const SCHEMA_FILE = projectPath('schema/claims.schema.json');
let validator: ReturnType<Ajv['compile']> | undefined;
function validate() {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  return validator;
}

function claimsFile(folder: string): string {
  for (const name of ['claims.yaml', 'claims.yml', 'claims.json']) {
    const file = path.join(folder, name);
    if (existsSync(file)) return file;
  }
  throw new ClaimsError([`${folder}: no claims.yaml or claims.json`]);
}

/** Reads and checks a folder; throws ClaimsError listing every problem found. */
export function readDocumentFolder(folder: string): SourceDocument {
  const file = claimsFile(folder);
  const shown = path.relative(process.cwd(), file) || file;
  const lines = new LineCounter();
  const doc: YamlDocument = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, prettyErrors: false });
  const lineOf = (at: (string | number)[]) => {
    for (let depth = at.length; depth >= 0; depth--) {
      const node = doc.getIn(at.slice(0, depth), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
  if (doc.errors.length > 0) {
    throw new ClaimsError(
      doc.errors.map((e) => `${shown}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`),
    );
  }
  const raw = doc.toJS() as RawClaims;
  const claimName = (at: (string | number)[]) => {
    if (at[0] === 'entities' && typeof at[1] === 'number')
      return `entity ${raw.entities?.[at[1]]?.key ?? `#${at[1] + 1}`}`;
    if (at[0] === 'relationships' && typeof at[1] === 'number') {
      const r = raw.relationships?.[at[1]];
      return `relationship ${r ? `${r.from} ${r.type} ${r.to}` : `#${at[1] + 1}`}`;
    }
    return 'document';
  };
  const problems: string[] = [];
  const problem = (at: (string | number)[], message: string) =>
    problems.push(`${shown}:${lineOf(at)}: ${claimName(at)}: ${message}`);

  const check = validate();
  if (!check(raw)) {
    for (const e of (check.errors ?? []) as ErrorObject[]) {
      if (e.keyword === 'if') continue;
      const at = e.instancePath
        .split('/')
        .slice(1)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
      problem(
        at,
        `${e.instancePath || '/'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as string[]).join(', ')})` : ''}`,
      );
    }
    throw new ClaimsError(problems);
  }

  const textFile = path.join(folder, raw.document.text);
  if (!existsSync(textFile))
    throw new ClaimsError([
      `${shown}:${lineOf(['document', 'text'])}: document: text file ${raw.document.text} not found`,
    ]);
  const text = readFileSync(textFile, 'utf8');

  const sourcesOf = (at: (string | number)[], excerpts: Excerpt[]): Selector[] =>
    excerpts.flatMap((e, i) => {
      const found = locate(text, typeof e === 'string' ? { exact: e } : e);
      if (typeof found === 'string') {
        problem([...at, i], found);
        return [];
      }
      return [found];
    });

  const labels = new Set<string>(ENTITY_TYPES.filter((t) => !CURATED_TYPES.has(t)));
  const types = new Map<string, string>();
  const entities: ClaimEntity[] = raw.entities.map((e, i) => {
    const at = ['entities', i];
    if (!labels.has(e.type))
      problem([...at, 'type'], `type ${e.type} is not an entity type of the model (${[...labels].join(', ')})`);
    if (types.has(e.key)) problem([...at, 'key'], `key ${e.key} is stated twice in this file`);
    types.set(e.key, e.type);
    let props: ClaimEntity['props'] = { ...e.props };
    if (e.type === 'CalendarDate') {
      const date = calendarPeriod(e.key);
      if (!date) problem([...at, 'key'], `${e.key} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)`);
      else props = { ...props, ...date };
    }
    for (const p of Object.keys(e.inferred ?? {})) {
      if (!(p in e.props)) problem([...at, 'inferred', p], `inferred property ${p} is not among its props`);
    }
    return {
      key: e.key,
      type: e.type,
      props,
      basis: e.basis ?? 'STATED',
      rationale: e.rationale ?? null,
      inferred: e.inferred ?? {},
      sources: sourcesOf([...at, 'sources'], e.sources),
    };
  });
  const own = types.get(raw.document.key);
  if (own !== 'Document')
    problem(['document', 'key'], `${raw.document.key} must be a Document among the entities of this file`);

  const seen = new Set<string>();
  const relationships: ClaimRelationship[] = (raw.relationships ?? []).map((r, i) => {
    const at = ['relationships', i];
    const spec = RELATIONS.find((s) => s.type === r.type);
    if (!spec) problem([...at, 'type'], `${r.type} is not a relationship kind of the model`);
    for (const end of ['from', 'to'] as const) {
      const type = types.get(r[end]);
      if (!type) problem([...at, end], `${r[end]} is not an entity of this file`);
      else if (spec && !(spec[end] as readonly string[]).includes(type))
        problem(
          [...at, end],
          `${r.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${type} (${spec[end].join(' or ')})`,
        );
    }
    const id = `${r.from}|${r.type}|${r.to}`;
    if (seen.has(id)) problem(at, 'stated twice in this file');
    seen.add(id);
    return {
      type: r.type,
      from: r.from,
      to: r.to,
      basis: r.basis ?? 'STATED',
      rationale: r.rationale ?? null,
      sources: sourcesOf([...at, 'sources'], r.sources),
    };
  });

  if (problems.length > 0) throw new ClaimsError(problems);
  return {
    key: raw.document.key,
    folder,
    textFile,
    text,
    fictional: raw.document.fictional ?? false,
    attribution: raw.document.attribution,
    licence: { name: raw.document.licence.name, url: raw.document.licence.url ?? null },
    entities,
    relationships,
  };
}
