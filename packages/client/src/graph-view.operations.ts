// The graph view's operations (web/graph/): typeahead, search, a neighbourhood, the paths between two
// entities, the recommendations table and the timeline, each carrying the provenance (excerpt and document) the view shows on a click.
// Re-exported by operations.ts.
import { graphql } from './generated/index.js';

export const GraphEntity = graphql(/* GraphQL */ `
  fragment GraphEntity on Entity {
    __typename
    key
    name
    sources { excerpt document { title } }
  }
`);

export const GraphSearch = graphql(/* GraphQL */ `
  query GraphSearch($text: String!, $first: Int) {
    search(text: $text, first: $first) { score entity { ...GraphEntity } }
  }
`);

export const GraphNeighbourhood = graphql(/* GraphQL */ `
  query GraphNeighbourhood($key: String!, $depth: Int, $limit: Int) {
    neighbourhood(key: $key, depth: $depth, limit: $limit) {
      center { ...GraphEntity }
      nodes { ...GraphEntity }
      relationships { id type fromKey toKey sources { excerpt document { title } } }
      truncated
    }
  }
`);

export const GraphSuggest = graphql(/* GraphQL */ `
  query GraphSuggest($prefix: String!, $first: Int) {
    suggest(prefix: $prefix, first: $first) { match entity { ...GraphEntity } }
  }
`);

export const GraphRecommendations = graphql(/* GraphQL */ `
  query GraphRecommendations($first: Int, $after: String) {
    recommendations(first: $first, after: $after, orderBy: { by: NUMBER }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        key
        number
        text
        addressedTo(first: 10) { nodes { key name } }
        dueBy(first: 2) { nodes { key name start } }
        recommendedIn(first: 2) { nodes { key title concerns(first: 4) { nodes { key name } } } }
        sources { excerpt document { key title } }
      }
    }
  }
`);

export const GraphPath = graphql(/* GraphQL */ `
  query GraphPath($from: String!, $to: String!, $mode: PathMode, $k: Int, $maxLength: Int) {
    paths(from: $from, to: $to, mode: $mode, k: $k, maxLength: $maxLength) {
      length
      nodes { ...GraphEntity }
      steps { from { key } to { key } type direction sources { excerpt document { title } } }
    }
  }
`);

export const GraphTimeline = graphql(/* GraphQL */ `
  query GraphTimeline($from: String, $to: String, $first: Int) {
    timeline(from: $from, to: $to, first: $first) {
      date { key name start precision }
      entity { ...GraphEntity ... on Recommendation { addressedTo { nodes { name } } } }
      relationship
      sources { excerpt document { title } }
    }
  }
`);
