// The graph as JSON-LD with schema.org and PROV-O terms, and the W3C Web Annotation model for quotes.
// Each entity is a node typed with its schema.org class and its own class; each entity and each
// relationship is also a claim (a prov:Entity) that prov:wasDerivedFrom the documents that state it,
// qualified by a prov:Derivation from the quoted excerpt: an oa:SpecificResource of the document with
// an oa:TextQuoteSelector (exact, and prefix/suffix when stored) and, when offsets are stored, an
// oa:TextPositionSelector. The context is inline, so a reader needs no network to expand it.
import { ENTITIES, isEntityType, RELATIONS } from '../graph/model.js';
import {
  readEntities,
  readRelationships,
  type ExportEntity,
  type ExportRelationship,
  type Properties,
  type Source,
  type Value,
} from './read-graph.js';

export const NAMESPACE = 'urn:ct-knowledge-graph:';
const VOCAB = `${NAMESPACE}vocab:`;
export const entityIri = (key: string) => `${NAMESPACE}entity:${encodeURIComponent(key)}`;
const claimIri = (...parts: string[]) => `${NAMESPACE}claim:${parts.map(encodeURIComponent).join(':')}`;

export const CONTEXT = {
  '@vocab': VOCAB,
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  name: 'schema:name',
  description: 'schema:description',
  text: 'schema:text',
  url: 'schema:url',
  abbreviation: 'schema:alternateName',
  number: 'schema:position',
};

/** Relationships are named by the model's field on their start (`inspects`), else by their type. */
const PREDICATE = new Map(RELATIONS.map((r) => [r.type, r.outField]));
export const predicateOf = (type: string) => PREDICATE.get(type) ?? type;

type Json = Record<string, unknown>;

function literal(value: Value): unknown {
  if (Array.isArray(value)) return value.map(literal);
  if (typeof value === 'object') return { '@value': value.date, '@type': `xsd:${value.xsd}` };
  return value;
}

/** The claim's own properties (such as a basis and its rationale) under the project vocabulary. */
function properties(props: Properties): Json {
  return Object.fromEntries(Object.entries(props).map(([name, value]) => [name, literal(value)]));
}

const SELECTOR_FIELDS = new Set(['document', 'excerpt', 'exact', 'prefix', 'suffix', 'start', 'end']);

function quote(iri: string, source: Source): Json {
  const exact = source.exact ?? source.excerpt;
  const selectors: Json[] = [];
  if (exact !== undefined) {
    selectors.push({
      '@type': 'oa:TextQuoteSelector',
      'oa:exact': exact,
      ...(source.prefix !== undefined ? { 'oa:prefix': source.prefix } : {}),
      ...(source.suffix !== undefined ? { 'oa:suffix': source.suffix } : {}),
    });
  }
  if (typeof source.start === 'number' && typeof source.end === 'number') {
    selectors.push({
      '@type': 'oa:TextPositionSelector',
      'oa:start': { '@value': String(source.start), '@type': 'xsd:nonNegativeInteger' },
      'oa:end': { '@value': String(source.end), '@type': 'xsd:nonNegativeInteger' },
    });
  }
  const extra = Object.entries(source).filter(([field]) => !SELECTOR_FIELDS.has(field));
  return {
    '@id': iri,
    '@type': ['oa:SpecificResource', 'prov:Entity'],
    'oa:hasSource': { '@id': entityIri(source.document) },
    'oa:hasSelector': selectors,
    ...Object.fromEntries(extra.map(([field, value]) => [field, literal(value)])),
  };
}

function claim(iri: string, statement: Json, props: Properties, sources: Source[]): Json {
  const documents = [...new Set(sources.map((s) => s.document))];
  return {
    '@id': iri,
    '@type': ['Claim', 'prov:Entity'],
    ...statement,
    ...properties(props),
    'prov:wasDerivedFrom': documents.map((d) => ({ '@id': entityIri(d) })),
    'prov:qualifiedDerivation': sources.map((source, i) => ({
      '@type': 'prov:Derivation',
      'prov:entity': quote(`${iri}:source:${i}`, source),
    })),
  };
}

export function entityNode(e: ExportEntity): Json {
  // The schema.org class closest to the type (the model's `schemaOrg`); its own class says exactly what it is.
  const schemaClass = isEntityType(e.type) ? ENTITIES[e.type].schemaOrg : null;
  return {
    '@id': entityIri(e.key),
    '@type': schemaClass ? [schemaClass, e.type] : [e.type],
    key: e.key,
    ...properties(e.props),
  };
}

export const entityClaim = (e: ExportEntity): Json =>
  claim(claimIri(e.key), { 'schema:about': { '@id': entityIri(e.key) } }, {}, e.sources);

export function relationshipClaim(r: ExportRelationship): Json {
  return claim(
    claimIri(r.from, r.type, r.to),
    {
      '@type': ['Claim', 'prov:Entity', 'rdf:Statement'],
      'rdf:subject': { '@id': entityIri(r.from) },
      'rdf:predicate': { '@id': `${VOCAB}${predicateOf(r.type)}` },
      'rdf:object': { '@id': entityIri(r.to) },
      relationshipType: r.type,
    },
    r.props,
    r.sources,
  );
}

/**
 * The whole document, a chunk at a time: each entity, the claim that describes it, then every
 * relationship both as a plain link between entities (`{"@id": from, "inspects": to}`) and as a claim.
 */
export async function* jsonldChunks(db: Parameters<typeof readEntities>[0]): AsyncGenerator<string> {
  // The opening goes out with the first item, so the first chunk has asked the database already
  // and a database that is away fails the request before any byte is sent.
  let pending = `{"@context":${JSON.stringify(CONTEXT)},"@graph":[\n`;
  let first = true;
  const item = (node: Json) => {
    const text = `${pending}${first ? '' : ',\n'}${JSON.stringify(node)}`;
    pending = '';
    first = false;
    return text;
  };
  for await (const entity of readEntities(db)) {
    yield item(entityNode(entity)) + item(entityClaim(entity));
  }
  for await (const rel of readRelationships(db)) {
    const link = { '@id': entityIri(rel.from), [predicateOf(rel.type)]: { '@id': entityIri(rel.to) } };
    yield item(link) + item(relationshipClaim(rel));
  }
  yield `${pending}\n]}\n`;
}
