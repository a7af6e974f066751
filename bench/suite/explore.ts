// Questions the Neo4j GraphQL Library cannot ask with generated fields (its type definitions answer
// them with @cypher fields): a neighbourhood, a shortest path, a timeline window, a full-text search.
import { keyForm, matchForm } from '../../src/graph/explore/match-name.js';
import { luceneQuery, ofTypes } from '../../src/graph/explore/search-text.js';
import { same, type Case } from './case.js';
import { LANDMARKS as L } from './landmarks.js';

const keyOf = (x: { key: string }) => x.key;

export const neighbourhood: Case = {
  name: 'neighbourhood',
  title: 'Depth-2 neighbourhood of a hub',
  api: {
    query: `query($key: String!, $limit: Int!) {
      neighbourhood(key: $key, depth: 2, limit: $limit) { center { key } nodes { key name } relationships { type fromKey toKey } truncated }
    }`,
    variables: { key: L.hub, limit: L.neighbourLimit },
  },
  neo4jGraphql: {
    query: `query($key: String!, $limit: Int!) {
      neighbourhood(key: $key, limit: $limit) { center { key } nodes { key name } relationships { type fromKey toKey } truncated }
    }`,
    variables: { key: L.hub, limit: L.neighbourLimit },
  },
  floor: { name: 'neighbourhood', params: { key: L.hub, limit: L.neighbourLimit } },
  normalise: { api: (d) => d.neighbourhood, neo4jGraphql: (d) => d.neighbourhood, floor: same },
};

export const path: Case = {
  name: 'path',
  title: 'Shortest path between distant entities',
  api: {
    query: `query($from: String!, $to: String!) {
      paths(from: $from, to: $to, mode: SHORTEST, maxLength: 4) { length nodes { key } steps { from { key } to { key } type direction } }
    }`,
    variables: { from: L.pathFrom, to: L.pathTo },
  },
  neo4jGraphql: {
    query: `query($from: String!, $to: String!) {
      shortestPath(from: $from, to: $to) { length nodes steps { from to type direction } }
    }`,
    variables: { from: L.pathFrom, to: L.pathTo },
  },
  floor: { name: 'path', params: { from: L.pathFrom, to: L.pathTo } },
  normalise: {
    api: (d) =>
      d.paths.map((p: any) => ({
        length: p.length,
        nodes: p.nodes.map(keyOf),
        steps: p.steps.map((s: any) => ({ ...s, from: s.from.key, to: s.to.key })),
      }))[0] ?? null,
    neo4jGraphql: (d) => d.shortestPath,
    floor: same,
  },
};

export const timeline: Case = {
  name: 'timeline',
  title: 'Timeline window (one month)',
  api: {
    query: `query($month: String!, $first: Int!) {
      timeline(from: $month, to: $month, first: $first) { date { key } entity { key name } relationship }
    }`,
    variables: { month: L.timelineMonth, first: L.timelinePage },
  },
  neo4jGraphql: {
    query: `query($from: String!, $to: String!, $first: Int!) {
      timeline(from: $from, to: $to, first: $first) { date entity { key name } relationship }
    }`,
    variables: { from: L.timelineFrom, to: L.timelineTo, first: L.timelinePage },
  },
  floor: { name: 'timeline', params: { from: L.timelineFrom, to: L.timelineTo, first: L.timelinePage } },
  normalise: {
    api: (d) => d.timeline.map((e: any) => ({ ...e, date: e.date.key })),
    neo4jGraphql: (d) => d.timeline,
    floor: same,
  },
};

// The library and the floor take the Lucene query this API builds from the same words and type.
const lucene = ofTypes(luceneQuery(L.searchText), ['Recommendation']);

export const search: Case = {
  name: 'search',
  title: 'Full-text search',
  api: {
    query: `query($text: String!, $first: Int!) {
      search(text: $text, types: [Recommendation], first: $first) { score entity { key name } }
    }`,
    variables: { text: L.searchText, first: L.searchPage },
  },
  neo4jGraphql: {
    query: `query($query: String!, $first: Int!) {
      search(query: $query, first: $first) { score entity { key name } }
    }`,
    variables: { query: lucene, first: L.searchPage },
  },
  floor: { name: 'search', params: { query: lucene, first: L.searchPage } },
  normalise: { api: (d) => d.search, neo4jGraphql: (d) => d.search, floor: same },
};

// Typeahead as a person types a force's name: the library and the floor take the match forms.
const suggestParams = { form: matchForm(L.suggestPrefix), key: keyForm(L.suggestPrefix), first: L.suggestPage };

export const suggest: Case = {
  name: 'suggest',
  title: 'Typeahead suggestions',
  api: {
    query: `query($prefix: String!, $first: Int!) { suggest(prefix: $prefix, first: $first) { match entity { key name } } }`,
    variables: { prefix: L.suggestPrefix, first: L.suggestPage },
  },
  neo4jGraphql: {
    query: `query($form: String!, $key: String!, $first: Int!) { suggest(form: $form, key: $key, first: $first) { match entity { key name } } }`,
    variables: suggestParams,
  },
  floor: { name: 'suggest', params: suggestParams },
  normalise: { api: (d) => d.suggest, neo4jGraphql: (d) => d.suggest, floor: same },
};
