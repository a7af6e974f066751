// The exports over real HTTP, read back by independent parsers and checked against the database: the
// JSON-LD expanded and flattened by the `jsonld` library (offline: a document loader that refuses
// every fetch), the GraphML by xmldom (well-formed, keys declared and typed as GraphML allows) and by
// graphology-graphml (Gephi Lite's reader), the CSV by csv-parse in strict mode. Counts of entities,
// claims and sources, and every excerpt, must match what Neo4j holds. Also: the command line writes
// the same bytes, and exports follow READS_REQUIRE_TOKEN.
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import jsonldLib from 'jsonld';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_TYPES } from '../../src/export/csv.js';
import { readEntities, readRelationships } from '../../src/export/read-graph.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { serveApi, type ServedApi } from '../support/api.js';
import { curatorToken } from '../support/tokens.js';

const VOCAB = 'urn:ct-knowledge-graph:vocab:';
const OA = 'http://www.w3.org/ns/oa#';
const PROV = 'http://www.w3.org/ns/prov#';
// The library's published types describe an older, callback-style API; this is the promise API it has.
const jsonld = jsonldLib as unknown as {
  expand(input: unknown, options: object): Promise<Record<string, any>[]>;
  flatten(input: unknown, context: null, options: object): Promise<Record<string, any>[]>;
  toRDF(input: unknown, options: object): Promise<string>;
};
const refuseNetwork = async (url: string): Promise<never> => {
  throw new Error(`the test refuses to fetch ${url}`);
};

let s: ServedApi;
let db: {
  entities: number;
  relationships: number;
  sources: number;
  byType: Record<string, number>;
  excerpts: string[];
};

beforeAll(async () => {
  s = await serveApi();
  const nodes = await s.db.read(
    `MATCH (n:Entity) WHERE NOT n:AuditRecord
     RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type, count(n) AS n, sum(size(n.sourceDocuments)) AS sources,
            reduce(all = [], e IN collect(n.sourceExcerpts) | all + e) AS excerpts`,
  );
  const rels = await s.db.read(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a:AuditRecord AND NOT b:AuditRecord
     RETURN count(r) AS n, sum(size(r.sourceDocuments)) AS sources, reduce(all = [], e IN collect(r.sourceExcerpts) | all + e) AS excerpts`,
  );
  const byType = Object.fromEntries(nodes.records.map((r) => [r.get('type'), r.get('n')]));
  const r0 = rels.records[0]!;
  db = {
    entities: Object.values(byType).reduce((a: number, b) => a + (b as number), 0),
    relationships: r0.get('n'),
    sources: nodes.records.reduce((a, r) => a + r.get('sources'), 0) + r0.get('sources'),
    byType,
    excerpts: [
      ...nodes.records.flatMap((r) => r.get('excerpts') as string[]),
      ...(r0.get('excerpts') as string[]),
    ].sort(),
  };
});
afterAll(() => s.close());

const get = (file: string, headers: Record<string, string> = {}, base = s.base) =>
  fetch(`${base}/export/${file}`, { headers });

describe('reading in pages', () => {
  it('reads the same entities and relationships in pages of a few as in one page', async () => {
    const all = async <T>(items: AsyncIterable<T>) => {
      const out: T[] = [];
      for await (const item of items) out.push(item);
      return out;
    };
    const [entities, entitiesBy7] = [await all(readEntities(s.db)), await all(readEntities(s.db, null, 7))];
    expect(entities.length).toBe(db.entities);
    expect(entitiesBy7).toEqual(entities);
    const organisations = await all(readEntities(s.db, 'Organisation', 4));
    expect(organisations.length).toBe(db.byType.Organisation);
    const [rels, relsBy5] = [await all(readRelationships(s.db)), await all(readRelationships(s.db, 5))];
    expect(rels.length).toBe(db.relationships);
    expect(relsBy5).toEqual(rels);
  });
});

describe('JSON-LD', () => {
  it('expands offline, and holds every entity, claim and source of the database with its quote selector', async () => {
    const response = await get('graph.jsonld');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ct-knowledge-graph.jsonld"');
    const document = await response.json();

    // safe mode: a term that would be dropped on expansion (lossy) is an error, not a silent loss.
    const expanded = await jsonld.expand(document, { documentLoader: refuseNetwork, safe: true });
    expect(expanded.length).toBeGreaterThan(db.entities);
    const flat = await jsonld.flatten(expanded, null, { documentLoader: refuseNetwork });
    const typed = (iri: string) => flat.filter((n) => (n['@type'] as string[] | undefined)?.includes(iri));

    const byType = Object.fromEntries(Object.keys(db.byType).map((t) => [t, typed(`${VOCAB}${t}`).length]));
    expect(byType).toEqual(db.byType);
    const claims = typed(`${VOCAB}Claim`);
    expect({
      claims: claims.length,
      statements: typed('http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement').length,
    }).toEqual({
      claims: db.entities + db.relationships,
      statements: db.relationships,
    });
    const quotes = typed(`${OA}SpecificResource`);
    expect(quotes.length).toBe(db.sources);
    expect(db.sources).toBeGreaterThan(100);

    // Every claim derives from the documents of its sources, each a Document entity of the export.
    const documents = new Set(typed(`${VOCAB}Document`).map((d) => d['@id']));
    for (const claim of claims) {
      for (const derivedFrom of claim[`${PROV}wasDerivedFrom`] ?? []) expect(documents).toContain(derivedFrom['@id']);
    }
    // Every quote has a TextQuoteSelector whose `exact` is an excerpt the database holds, one for one.
    const byId = new Map(flat.map((n) => [n['@id'], n]));
    const exacts = quotes.map((q) => {
      expect(documents).toContain(q[`${OA}hasSource`][0]['@id']);
      const selectors = (q[`${OA}hasSelector`] as { '@id': string }[]).map((ref) => byId.get(ref['@id'])!);
      const quote = selectors.find((sel) => sel['@type'].includes(`${OA}TextQuoteSelector`))!;
      return quote[`${OA}exact`][0]['@value'] as string;
    });
    expect(exacts.sort()).toEqual(db.excerpts);

    // The RDF it stands for: one triple a claim says it derives from at least.
    const quads = await jsonld.toRDF(expanded, { format: 'application/n-quads', documentLoader: refuseNetwork });
    expect(quads.split('\n').filter((line) => line.includes(`<${PROV}wasDerivedFrom>`)).length).toBeGreaterThanOrEqual(
      claims.length,
    );
  });

  it('states a relationship as a link and as a claim derived from the excerpt that states it', async () => {
    const document = await (await get('graph.jsonld')).json();
    const graph = document['@graph'] as Record<string, any>[];
    const claim = graph.find((n) => n['@id'] === 'urn:ct-knowledge-graph:claim:hmic:INSPECTS:psni')!;
    const stored = await s.db.read(
      'MATCH (:Entity {key: "hmic"})-[r:INSPECTS]->(:Entity {key: "psni"}) RETURN r.sourceExcerpts AS e, r.sourceDocuments AS d',
    );
    expect(claim['rdf:subject']).toEqual({ '@id': 'urn:ct-knowledge-graph:entity:hmic' });
    expect(claim['prov:wasDerivedFrom']).toEqual(
      stored.records[0]!.get('d').map((d: string) => ({ '@id': `urn:ct-knowledge-graph:entity:${d}` })),
    );
    expect(
      claim['prov:qualifiedDerivation'].map((q: any) => q['prov:entity']['oa:hasSelector'][0]['oa:exact']),
    ).toEqual(stored.records[0]!.get('e'));
    expect(graph).toContainEqual({
      '@id': 'urn:ct-knowledge-graph:entity:hmic',
      inspects: { '@id': 'urn:ct-knowledge-graph:entity:psni' },
    });
  });
});

describe('GraphML', () => {
  it('is well-formed GraphML with declared, typed keys, and reads back whole in graphology', async () => {
    const response = await get('graph.graphml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    const text = await response.text();

    const problems: string[] = [];
    const xml = new DOMParser({
      onError: (level, message) => void problems.push(`${level}: ${message}`),
    }).parseFromString(text, 'application/xml');
    expect(problems).toEqual([]);
    const root = xml.documentElement!;
    expect([root.localName, root.namespaceURI]).toEqual(['graphml', 'http://graphml.graphdrawing.org/xmlns']);
    const keys = new Map(
      Array.from(root.getElementsByTagName('key')).map((k) => [k.getAttribute('id'), k.getAttribute('for')]),
    );
    for (const key of Array.from(root.getElementsByTagName('key'))) {
      expect(['boolean', 'int', 'long', 'float', 'double', 'string']).toContain(key.getAttribute('attr.type'));
    }
    const nodeIds = new Set(Array.from(root.getElementsByTagName('node')).map((n) => n.getAttribute('id')));
    for (const data of Array.from(root.getElementsByTagName('data'))) {
      expect(keys.get(data.getAttribute('key'))).toBe((data.parentNode as unknown as Element).localName);
    }
    for (const edge of Array.from(root.getElementsByTagName('edge'))) {
      expect(nodeIds).toContain(edge.getAttribute('source'));
      expect(nodeIds).toContain(edge.getAttribute('target'));
    }

    const graph = parseGraphml(MultiDirectedGraph, text);
    expect({ nodes: graph.order, edges: graph.size }).toEqual({ nodes: db.entities, edges: db.relationships });
    // Numbers keep their GraphML type (long), so the tools can size or sort by them.
    const first = graph.findNode((_, a) => a.type === 'Recommendation' && a.number === 1);
    expect(first).toBeDefined();
    const inspects = graph.edges('hmic', 'psni').map((e) => graph.getEdgeAttributes(e));
    expect(inspects.map((a) => a.type)).toContain('INSPECTS');
    const excerpts = inspects.flatMap((a) => JSON.parse(a.sourceExcerpts as string) as string[]).sort();
    expect(excerpts.length).toBeGreaterThan(0);
    const everyEdgeExcerpt = graph
      .edges()
      .flatMap((e) => JSON.parse(graph.getEdgeAttribute(e, 'sourceExcerpts') as string) as string[]);
    const everyNodeExcerpt = graph
      .nodes()
      .flatMap((n) => JSON.parse(graph.getNodeAttribute(n, 'sourceExcerpts') as string) as string[]);
    expect([...everyNodeExcerpt, ...everyEdgeExcerpt].sort()).toEqual(db.excerpts);
  });
});

describe('CSV', () => {
  it('has one strictly parsable file per entity type, a row per entity, sources as JSON lists', async () => {
    for (const type of CSV_TYPES) {
      const response = await get(`${type}.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="ct-knowledge-graph-${type}.csv"`);
      const rows = parseCsv(await response.text(), { columns: true, strict: true } as never) as Record<
        string,
        string
      >[];
      expect(rows.length, type).toBe(db.byType[type] ?? 0);
      if (!rows.length) continue;
      const stored = await s.db.read(
        'MATCH (n:Entity) WHERE $type IN labels(n) RETURN n.key AS key, n.sourceExcerpts AS excerpts ORDER BY key',
        { type },
      );
      expect(rows.map((r) => [r.key, JSON.parse(r.sourceExcerpts!)])).toEqual(
        stored.records.map((r) => [r.get('key'), r.get('excerpts')]),
      );
    }
    const rels = parseCsv(await (await get('relationships.csv')).text(), { columns: true } as never) as Record<
      string,
      string
    >[];
    expect(rels.length).toBe(db.relationships);
    expect(rels).toContainEqual(
      expect.objectContaining({ from: 'hmic', type: 'INSPECTS', to: 'psni', fromType: 'Organisation' }),
    );
  });

  it('names the exports there are when asked for one that is not', async () => {
    const response = await get('Nonsense.csv');
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0].message).toMatch(/graph\.jsonld, graph\.graphml, Organisation\.csv/);
    expect((await get('organisation.csv')).status).toBe(200);
  });
});

describe('command line', () => {
  it('writes the same bytes as the HTTP export, to stdout', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli.ts', 'export', '--format', 'graphml'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout).toBe(await (await get('graph.graphml')).text());
  }, 90_000);
});

describe('access', () => {
  it('refuses a token that does not verify even when reads are public', async () => {
    expect((await get('graph.jsonld')).status).toBe(200);
    const response = await get('graph.jsonld', { authorization: 'Bearer not.a.jwt' });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('needs a valid token for every export when READS_REQUIRE_TOKEN=true', async () => {
    const closed = await serveApi({ READS_REQUIRE_TOKEN: 'true' });
    try {
      const token = await curatorToken({ roles: [] });
      for (const file of ['graph.jsonld', 'graph.graphml', 'Organisation.csv', 'relationships.csv']) {
        const refused = await get(file, {}, closed.base);
        expect([file, refused.status, refused.headers.get('www-authenticate')]).toEqual([file, 401, 'Bearer']);
        expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
        const served = await get(file, { authorization: `Bearer ${token}` }, closed.base);
        expect([file, served.status, served.headers.get('cache-control')]).toEqual([file, 200, 'private, no-store']);
        expect((await served.text()).length).toBeGreaterThan(100);
      }
    } finally {
      await closed.close();
    }
  });
});
