// The export formats without a database: stored provenance lists become sources with whatever
// per-source fields they carry (W3C selectors among them), and a claim's own properties (a basis, a
// rationale) travel with it; the JSON-LD of such a claim expands offline without loss; CSV fields
// survive a strict parser; XML text is escaped and stripped of what XML cannot hold.
import { parse as parseCsv } from 'csv-parse/sync';
import jsonldLib from 'jsonld';
import { describe, expect, it } from 'vitest';
import { planExport } from '../../src/export/cli-export.js';
import { csvRow } from '../../src/export/csv.js';
import { xmlText } from '../../src/export/graphml.js';
import { CONTEXT, relationshipClaim } from '../../src/export/jsonld.js';
import { splitProvenance } from '../../src/export/read-graph.js';

const jsonld = jsonldLib as unknown as { expand(input: unknown, options: object): Promise<Record<string, any>[]> };
const OA = 'http://www.w3.org/ns/oa#';

const stored = {
  basis: 'INFERRED',
  rationale: 'The sentence names the police only.',
  excerptText: ' search helper',
  sourceDocuments: ['pr-2009-002', 'other-doc'],
  sourceExcerpts: ['all forces', 'the forces'],
  sourcePrefixes: ['said that ', 'and '],
  sourceSuffixes: [' should', ' must'],
  sourceStarts: [120, 40],
  sourceEnds: [130, 50],
};

describe('provenance', () => {
  it('turns parallel source lists into sources, whatever fields they carry, and keeps other properties', () => {
    const { props, sources, sourceLists } = splitProvenance(stored);
    expect(props).toEqual({ basis: 'INFERRED', rationale: 'The sentence names the police only.' });
    expect(sources).toEqual([
      { document: 'pr-2009-002', excerpt: 'all forces', prefix: 'said that ', suffix: ' should', start: 120, end: 130 },
      { document: 'other-doc', excerpt: 'the forces', prefix: 'and ', suffix: ' must', start: 40, end: 50 },
    ]);
    expect(Object.keys(sourceLists).sort()).toEqual([
      'sourceDocuments',
      'sourceEnds',
      'sourceExcerpts',
      'sourcePrefixes',
      'sourceStarts',
      'sourceSuffixes',
    ]);
  });

  it('reads a selector stored whole as JSON text', () => {
    const { sources } = splitProvenance({
      sourceDocuments: ['d'],
      sourceSelectors: ['{"exact":"x","start":3,"end":4}'],
    });
    expect(sources).toEqual([{ document: 'd', exact: 'x', start: 3, end: 4 }]);
  });
});

describe('JSON-LD claim', () => {
  it('carries a TextQuoteSelector and a TextPositionSelector, and its basis, and expands without loss', async () => {
    const claim = relationshipClaim({
      from: 'hmic',
      fromType: 'Organisation',
      type: 'INSPECTS',
      to: 'psni',
      toType: 'Organisation',
      ...splitProvenance(stored),
    });
    const refuse = async (url: string) => {
      throw new Error(`no fetch of ${url}`);
    };
    const [node] = await jsonld.expand({ '@context': CONTEXT, ...claim }, { documentLoader: refuse, safe: true });
    expect(node!['urn:ct-knowledge-graph:vocab:basis']).toEqual([{ '@value': 'INFERRED' }]);
    expect(node!['http://www.w3.org/ns/prov#wasDerivedFrom']).toEqual([
      { '@id': 'urn:ct-knowledge-graph:entity:pr-2009-002' },
      { '@id': 'urn:ct-knowledge-graph:entity:other-doc' },
    ]);
    const quote = node!['http://www.w3.org/ns/prov#qualifiedDerivation'][0]['http://www.w3.org/ns/prov#entity'][0];
    const [text, position] = quote[`${OA}hasSelector`];
    expect(text).toEqual({
      '@type': [`${OA}TextQuoteSelector`],
      [`${OA}exact`]: [{ '@value': 'all forces' }],
      [`${OA}prefix`]: [{ '@value': 'said that ' }],
      [`${OA}suffix`]: [{ '@value': ' should' }],
    });
    expect(position[`${OA}start`]).toEqual([
      { '@value': '120', '@type': 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger' },
    ]);
  });
});

describe('CSV and XML text', () => {
  it('quotes what needs quoting, so a strict parser reads every value back', () => {
    const values = ['plain', 'a, b', 'say "no"', 'two\nlines', ' edge ', '‘curly’ – dash', ''];
    const [row] = parseCsv(csvRow(values), { strict: true } as never) as string[][];
    expect(row).toEqual(values);
    expect(csvRow([['a', 'b,c'], 3, true])).toBe('"[""a"",""b,c""]",3,true\r\n');
  });

  it('escapes markup and drops characters XML 1.0 cannot hold', () => {
    expect(xmlText('a<b & "c"\u0000\u0007 d')).toBe('a&lt;b &amp; &quot;c&quot; d');
  });
});

describe('command line arguments', () => {
  it('plans the files to write, and refuses what it cannot do before opening the database', () => {
    expect(planExport(['--format', 'jsonld']).files.map((f) => f.file)).toEqual(['graph.jsonld']);
    expect(planExport(['--format', 'csv', '--type', 'recommendation']).files.map((f) => f.file)).toEqual([
      'Recommendation.csv',
    ]);
    expect(planExport(['--format', 'csv', '--out', 'exports']).files.map((f) => f.file)).toContain('relationships.csv');
    expect(() => planExport(['--format', 'csv'])).toThrow(/give --type, or --out <folder>/);
    expect(() => planExport(['--format', 'csv', '--type', 'Nonsense'])).toThrow(
      /no entity type "Nonsense"; one of: Organisation/,
    );
    expect(() => planExport(['--format', 'graphml', '--type', 'Person'])).toThrow(/--type applies to csv only/);
    expect(() => planExport(['--format', 'rdf'])).toThrow(/usage: export --format jsonld\|graphml\|csv/);
  });
});
