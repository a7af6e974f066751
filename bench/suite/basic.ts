// Questions every system answers with its generated fields alone: a lookup by key, a filtered page
// of recommendations, and a three-level nested read.
import { same, unwrapConnections, type Case } from './case.js';
import { LANDMARKS as L } from './landmarks.js';

export const lookup: Case = {
  name: 'lookup',
  title: 'Lookup by key',
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
