// Questions every system answers with its generated fields alone: a lookup by key, a filtered page
// of recommendations, and a three-level nested read.
import { same, unwrapConnections, type Case } from './case.js';
import { LANDMARKS as L } from './landmarks.js';

export const lookup: Case = {
  name: 'lookup',
  title: 'Lookup by key',
  libraryWritesCypher: true,
  api: {
    query: 'query($key: String!) { recommendation(key: $key) { key name number text } }',
    variables: { key: L.recommendation },
  },
  neo4jGraphql: {
    query: 'query($key: String!) { recommendations(where: { key: { eq: $key } }) { key name number text } }',
    variables: { key: L.recommendation },
  },
  floor: { name: 'lookup', params: { key: L.recommendation } },
  normalise: {
    api: (d) => d.recommendation,
    neo4jGraphql: (d) => d.recommendations[0] ?? null,
    floor: same,
  },
};

export const page: Case = {
  name: 'page',
  title: 'Filtered, sorted page of recommendations',
  libraryWritesCypher: true,
  api: {
    query: `query($addressee: String!, $dueBy: String!, $first: Int!) {
      recommendations(filter: { addressedTo: $addressee, dueBy: $dueBy }, orderBy: { by: DEADLINE }, first: $first) {
        nodes { key number text dueBy { nodes { start end } } }
      }
    }`,
    variables: { addressee: L.addressee, dueBy: L.dueBy, first: L.pageSize },
  },
  neo4jGraphql: {
    query: `query($addressee: String!, $dueByEnd: Date!, $first: Int!) {
      recommendations(
        where: { addressedTo: { some: { key: { eq: $addressee } } }, dueBy: { some: { end: { lte: $dueByEnd } } } }
        sort: [{ deadline: ASC }, { key: ASC }]
        limit: $first
      ) { key number text deadline }
    }`,
    variables: { addressee: L.addressee, dueByEnd: L.dueByEnd, first: L.pageSize },
  },
  floor: { name: 'page', params: { addressee: L.addressee, dueByEnd: L.dueByEnd, first: L.pageSize } },
  normalise: {
    api: (d) =>
      d.recommendations.nodes.map(({ dueBy, ...r }: any) => ({
        ...r,
        deadline: dueBy.nodes.map((x: any) => `${x.start}/${x.end}`).sort()[0] ?? null,
      })),
    neo4jGraphql: (d) => d.recommendations,
    floor: same,
  },
};

export const nested: Case = {
  name: 'nested',
  title: 'Report → recommendations → addressees → inspectors',
  libraryWritesCypher: true,
  api: {
    query: `query($key: String!, $first: Int!) {
      document(key: $key) { key name recommends(first: $first) { nodes { key number
        addressedTo(first: $first) { nodes { key name inspectedBy(first: $first) { nodes { key name } } } } } } }
    }`,
    variables: { key: L.report, first: L.nestedPageSize },
  },
  neo4jGraphql: {
    query: `query($key: String!, $first: Int!) {
      documents(where: { key: { eq: $key } }) { key name recommends(sort: [{ key: ASC }], limit: $first) { key number
        addressedTo(sort: [{ key: ASC }], limit: $first) { key name inspectedBy(sort: [{ key: ASC }], limit: $first) { key name } } } }
    }`,
    variables: { key: L.report, first: L.nestedPageSize },
  },
  floor: { name: 'nested', params: { key: L.report, first: L.nestedPageSize } },
  normalise: {
    api: (d) => unwrapConnections(d.document),
    neo4jGraphql: (d) => d.documents[0] ?? null,
    floor: same,
  },
};

export const count: Case = {
  name: 'count',
  title: 'Count of a hub’s reports (totalCount only)',
  libraryWritesCypher: true,
  api: {
    query: 'query($key: String!) { organisation(key: $key) { published { totalCount } } }',
    variables: { key: L.hub },
  },
  neo4jGraphql: {
    query:
      'query($key: String!) { organisations(where: { key: { eq: $key } }) { publishedConnection { totalCount } } }',
    variables: { key: L.hub },
  },
  floor: { name: 'count', params: { key: L.hub } },
  normalise: {
    api: (d) => d.organisation.published.totalCount,
    neo4jGraphql: (d) => d.organisations[0]?.publishedConnection.totalCount ?? null,
    floor: same,
  },
};

export const deepFilter: Case = {
  name: 'deepFilter',
  title: 'Recommendations to a body the inspectorate inspects (filter across two relationships)',
  libraryWritesCypher: true,
  api: {
    query: `query($inspector: String!, $first: Int!) {
      recommendations(filter: { addressee: { inspectedBy: $inspector } }, first: $first) { nodes { key number } }
    }`,
    variables: { inspector: L.hub, first: L.pageSize },
  },
  neo4jGraphql: {
    query: `query($inspector: String!, $first: Int!) {
      recommendations(
        where: { addressedTo: { some: { inspectedBy: { some: { key: { eq: $inspector } } } } } }
        sort: [{ key: ASC }]
        limit: $first
      ) { key number }
    }`,
    variables: { inspector: L.hub, first: L.pageSize },
  },
  floor: { name: 'deep-filter', params: { inspector: L.hub, first: L.pageSize } },
  normalise: {
    api: (d) => d.recommendations.nodes,
    neo4jGraphql: (d) => d.recommendations,
    floor: same,
  },
};

let fresh = 0;
/** A text never sent before: the same lookup under a new operation name each time. */
const freshLookup = (query: string) => () => query.replace(/^query/, `query Lookup${++fresh}`);

export const lookupFresh: Case = {
  name: 'lookupFresh',
  title: 'Lookup by key, a never-seen operation text each time (parse, validate, plan)',
  libraryWritesCypher: true,
  api: { ...lookup.api, fresh: freshLookup(lookup.api.query) },
  neo4jGraphql: { ...lookup.neo4jGraphql, fresh: freshLookup(lookup.neo4jGraphql.query) },
  floor: lookup.floor,
  normalise: lookup.normalise,
};
