// Hostile strings in every string the API takes, over real HTTP in production mode. Identifiers
// (keys, IDs, cursors, dates, property names) are refused with BAD_USER_INPUT naming the argument or
// field; free text is stored exactly as sent and never runs. No response leaks a stack trace or a
// database detail, and the rest of the graph is byte-for-byte as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODES } from '../../src/data/facts.js';
import { ENTITY_TYPES, relationFieldsOf } from '../../src/graph/model.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { serveApi, type ServedApi } from '../support/api.js';
import { id } from '../support/curation-helpers.js';
import { graphChecksum, restoreSourceGraph } from '../support/graph-state.js';
import { INJECTIONS, ODD_UNICODE, isList, stringSlots, type StringSlot } from '../support/hostile-input.js';
import { curatorToken } from '../support/tokens.js';

const HUGE = 'k'.repeat(90_000); // under the body limit, far over any field's
const HOSTILE = [...INJECTIONS, ...ODD_UNICODE, HUGE];
const LEAK = /stacktrace|Neo4jError|neo4j-driver|Neo\.(Client|Transient|Database)Error|\.ts:\d+|node_modules/;

let s: ServedApi;
let auth: Record<string, string>;
let before: string;
beforeAll(async () => {
  s = await serveApi({ NODE_ENV: 'production' });
  auth = { authorization: `Bearer ${await curatorToken()}` };
  before = await graphChecksum(s.db);
});
afterAll(async () => {
  await restoreSourceGraph(s.db);
  await s.close();
});

async function refused(body: unknown, headers: Record<string, string> = {}) {
  const { status, json } = await s.post(body, headers);
  expect(JSON.stringify(json)).not.toMatch(LEAK);
  expect(json.errors, JSON.stringify(json).slice(0, 200)).toHaveLength(1);
  return { status, code: json.errors[0].extensions.code, extensions: json.errors[0].extensions, data: json.data };
}

const slots = stringSlots(buildAppSchema());

/** Valid values for the other required arguments of fields that take several. */
const OTHER_ARGUMENTS: Record<string, Record<string, string>> = {
  paths: { from: '"psni"', to: '"prevent"' },
  neighbourhood: { key: '"hmic"' },
};
/** Query strings that are free text: a hostile one is searched for, never run. */
const QUERY_FREE_TEXT = new Set(['Query.search(text)', 'Query.suggest(prefix)']);

const nested = (path: string[], leaf: unknown): unknown =>
  path.reduceRight<unknown>((inner, name) => ({ [name]: inner }), leaf);

describe('every string argument of every query', () => {
  it('refuses injection, odd Unicode and huge strings as keys, IDs, cursors, dates and type names', async () => {
    const querySlots = slots.filter((slot) => slot.root === 'Query');
    expect(querySlots.length).toBeGreaterThan(40);
    for (const slot of querySlots) {
      const others = Object.entries(OTHER_ARGUMENTS[slot.field] ?? {}).filter(([name]) => name !== slot.arg);
      const args = [`${slot.arg}: $v`, ...others.map(([name, value]) => `${name}: ${value}`)].join(', ');
      const query = `query($v: ${slot.argType}) { ${slot.field}(${args}) { __typename } }`;
      for (const value of HOSTILE) {
        const variables = { v: nested(slot.path, isList(slot.type) ? [value] : value) };
        const { status, json } = await s.post({ query, variables });
        expect(JSON.stringify(json)).not.toMatch(LEAK);
        const code = json.errors?.[0]?.extensions?.code;
        if (QUERY_FREE_TEXT.has(slot.name)) {
          // Searched for as text: found nothing or refused as too long, never an internal error.
          expect([slot.name, status, code ?? 'answered'], value.slice(0, 30)).toSatisfy(
            ([, st, c]) => st === 200 && (c === 'answered' || c === 'BAD_USER_INPUT'),
          );
          continue;
        }
        // The argument is named as written: `key`, `ids[0]`, `filter.dueBefore`.
        const argument = [slot.arg, ...slot.path].join('.');
        expect([slot.name, value.slice(0, 30), code]).toEqual([slot.name, value.slice(0, 30), 'BAD_USER_INPUT']);
        expect([slot.name, json.errors[0].extensions.argument]).toEqual([
          slot.name,
          expect.stringMatching(new RegExp(`^${argument}(\\[0\\])?$`)),
        ]);
      }
    }
  });

  it('refuses them as the cursor of every relationship field', async () => {
    for (const type of ENTITY_TYPES) {
      const instance = NODES.find((n) => n.label === type);
      if (!instance) continue; // curated types have no instance in the source
      for (const field of relationFieldsOf(type)) {
        const query = `query($v: String) { entity(key: "${instance.key}") { ... on ${type} { ${field.name}(after: $v) { totalCount } } } }`;
        const result = await refused({ query, variables: { v: INJECTIONS[1] } });
        expect([type, field.name, result.code]).toEqual([type, field.name, 'BAD_USER_INPUT']);
      }
    }
  });

  it('refuses malformed IDs with a message that says what an ID is', async () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    const malformed = [
      '',
      '!!!',
      'aGVsbG8',
      b64('Organisation:'),
      b64('Nope:hmic'),
      b64('Organisation:HMIC'),
      `${id('Organisation', 'hmic')}=`,
      b64('Organisation:hmic').toUpperCase(),
      'A'.repeat(10_000),
    ];
    for (const bad of malformed) {
      const result = await refused({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: bad } });
      expect(result).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { argument: 'id' } });
    }
    const tooMany = Array.from({ length: 101 }, () => id('Organisation', 'hmic'));
    expect(
      (await refused({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: tooMany } }))
        .extensions.argument,
    ).toBe('ids');
  });
});

/** A valid input for each mutation; each test changes one string of it. */
const inputs: Record<string, { type: string; input: Record<string, unknown> }> = {
  recordProgress: {
    type: 'RecordProgressInput',
    input: {
      recommendation: id('Recommendation', 'rec-2009-5'),
      status: 'MET',
      date: '2010-03-31',
      evidence: 'Met.',
      source: id('Document', 'pr-2009-002'),
    },
  },
  addDocument: {
    type: 'AddDocumentInput',
    input: {
      key: 'hostile-doc',
      title: 'T',
      kind: 'REPORT',
      publisher: id('Organisation', 'hmic'),
      published: '2011',
      concerns: [id('Strand', 'prevent')],
      excerpt: 'T.',
      url: 'www.example.org/t',
    },
  },
  linkEntities: {
    type: 'LinkEntitiesInput',
    input: {
      from: id('Organisation', 'hmic'),
      type: 'INSPECTS',
      to: id('Organisation', 'acpo'),
      source: { document: id('Document', 'pr-2009-002'), excerpt: 'E.' },
    },
  },
  correctProperty: {
    type: 'CorrectPropertyInput',
    input: {
      entity: id('Organisation', 'police-forces-england-wales'),
      property: 'memberCount',
      value: '43',
      reason: 'R.',
    },
  },
};
const FREE_TEXT = new Set([
  'Mutation.recordProgress(input).evidence',
  'Mutation.addDocument(input).title',
  'Mutation.addDocument(input).excerpt',
  'Mutation.addDocument(input).reference',
  'Mutation.addDocument(input).description',
  'Mutation.linkEntities(input).source.excerpt',
  'Mutation.linkEntities(input).rationale',
  'Mutation.correctProperty(input).reason',
]);

function withValue(slot: StringSlot, value: string) {
  const { type, input } = inputs[slot.field]!;
  const copy = structuredClone(input) as Record<string, any>;
  const holder = slot.path.slice(0, -1).reduce((object, name) => object[name], copy);
  const leaf = slot.path.at(-1)!;
  holder[leaf] = isList(slot.type) ? [value] : value;
  const path = `input.${slot.path.join('.')}${isList(slot.type) ? '[0]' : ''}`;
  return {
    path,
    body: { query: `mutation($i: ${type}!) { ${slot.field}(input: $i) { changed } }`, variables: { i: copy } },
  };
}

describe('every identifier in the curation inputs', () => {
  it('refuses injection, odd Unicode and huge strings, naming the input field', async () => {
    const identifiers = slots.filter((slot) => slot.root === 'Mutation' && !FREE_TEXT.has(slot.name));
    expect(identifiers.every((slot) => slot.field in inputs)).toBe(true);
    for (const slot of identifiers) {
      for (const value of HOSTILE) {
        const { path, body } = withValue(slot, value);
        const result = await refused(body, auth);
        expect([slot.name, value.slice(0, 30), result.code, result.extensions.field]).toEqual([
          slot.name,
          value.slice(0, 30),
          'BAD_USER_INPUT',
          path,
        ]);
      }
    }
  });

  it('leaves the graph exactly as it was after all of the above', async () => {
    expect(await graphChecksum(s.db)).toBe(before);
  });
});

describe('free text in the curation inputs', () => {
  it('stores hostile text exactly as sent, without running it, and touches nothing else', async () => {
    const written: string[] = [];
    const remember = (json: any) => {
      const payload = Object.values(json.data)[0] as any;
      // The audit record and what the curation created; the source's own entities stay in the checksum.
      const subjects = (payload.auditRecord.subjects.nodes as { key: string }[]).map((n) => n.key);
      written.push(payload.auditRecord.key, ...subjects.filter((key) => !NODES.some((n) => n.key === key)));
    };
    const audit = 'auditRecord { key subjects { nodes { key } } }';
    for (const [i, text] of INJECTIONS.entries()) {
      const recorded = await s.post(
        {
          query: `mutation($i: RecordProgressInput!) { recordProgress(input: $i) { progressUpdate { evidence } ${audit} } }`,
          variables: {
            i: { ...inputs.recordProgress!.input, date: `2011-01-${String(i + 1).padStart(2, '0')}`, evidence: text },
          },
        },
        auth,
      );
      expect(recorded.json.data.recordProgress.progressUpdate.evidence).toBe(text);
      remember(recorded.json);
      written.push(`2011-01-${String(i + 1).padStart(2, '0')}`, '2011'); // the dates these writes created
      const key = `hostile-doc-${i}`;
      const added = await s.post(
        {
          query: `mutation($i: AddDocumentInput!) { addDocument(input: $i) { document { title description reference sources { excerpt } } ${audit} } }`,
          variables: {
            i: { ...inputs.addDocument!.input, key, title: text, excerpt: text, reference: text, description: text },
          },
        },
        auth,
      );
      expect(added.json.data.addDocument.document).toEqual({
        title: text,
        description: text,
        reference: text,
        sources: [{ excerpt: text }],
      });
      remember(added.json);
      const linked = await s.post(
        {
          query: `mutation($i: LinkEntitiesInput!) { linkEntities(input: $i) { changed ${audit} } }`,
          variables: {
            i: {
              from: id('Document', key),
              type: 'CONCERNS',
              to: id('Strand', 'protect'),
              source: { document: id('Document', key), excerpt: text },
            },
          },
        },
        auth,
      );
      remember(linked.json);
      const corrected = await s.post(
        {
          query: `mutation($i: CorrectPropertyInput!) { correctProperty(input: $i) { auditRecord { reason key subjects { nodes { key } } } } }`,
          variables: {
            i: { entity: id('Document', key), property: 'description', value: `${text} (corrected)`, reason: text },
          },
        },
        auth,
      );
      expect(corrected.json.data.correctProperty.auditRecord.reason).toBe(text);
      remember(corrected.json);
    }
    expect(await graphChecksum(s.db, written)).toBe(before);
  });

  it('normalises Unicode to NFC and keeps every script as sent', async () => {
    const text = 'Pre\u0301vent: ‘home grown’ — 日本語, العربية, 🚓';
    const { json } = await s.post(
      {
        query: 'mutation($i: RecordProgressInput!) { recordProgress(input: $i) { progressUpdate { evidence } } }',
        variables: { i: { ...inputs.recordProgress!.input, evidence: text } },
      },
      auth,
    );
    expect(json.data.recordProgress.progressUpdate.evidence).toBe(text.normalize('NFC'));
    expect(json.data.recordProgress.progressUpdate.evidence.startsWith('Prévent')).toBe(true);
  });
});
