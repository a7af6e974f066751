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
  title: 'Page of recommendations to one body',
  api: {
    query: `query($key: String!, $first: Int!) {
      organisation(key: $key) { recommendationsReceived(first: $first) { nodes { key number text } } }
    }`,
    variables: { key: L.addressee, first: L.pageSize },
  },
  neo4jGraphql: {
    query: `query($key: String!, $first: Int!) {
      organisations(where: { key: { eq: $key } }) {
        recommendationsReceived(sort: [{ key: ASC }], limit: $first) { key number text }
      }
    }`,
    variables: { key: L.addressee, first: L.pageSize },
  },
  floor: { name: 'page', params: { addressee: L.addressee, first: L.pageSize } },
  normalise: {
    api: (d) => unwrapConnections(d.organisation.recommendationsReceived),
    neo4jGraphql: (d) => d.organisations[0].recommendationsReceived,
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
