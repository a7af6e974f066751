// Typed operations for exploring relationships (neighbourhoods, paths, timelines, search, filtered
// lists), re-exported by operations.ts. A graph view can draw `Neighbourhood` and `Paths` directly.
import { graphql } from './generated/index.js';

export const Neighbourhood = graphql(/* GraphQL */ `
  query Neighbourhood($key: String!, $depth: Int, $relationshipTypes: [String!], $direction: NeighbourDirection, $limit: Int) {
    neighbourhood(key: $key, depth: $depth, relationshipTypes: $relationshipTypes, direction: $direction, limit: $limit) {
      center { __typename id key name }
      nodes { __typename id key name }
      relationships { id type fromKey toKey sources { excerpt } }
      truncated
    }
  }
`);

export const Paths = graphql(/* GraphQL */ `
  query Paths($from: String!, $to: String!, $mode: PathMode, $k: Int, $maxLength: Int, $relationshipTypes: [String!]) {
    paths(from: $from, to: $to, mode: $mode, k: $k, maxLength: $maxLength, relationshipTypes: $relationshipTypes) {
      length
      nodes { __typename key name }
      steps {
        from { key name }
        type
        direction
        to { key name }
        sources { excerpt }
      }
    }
  }
`);

export const Timeline = graphql(/* GraphQL */ `
  query Timeline($from: String, $to: String, $after: String, $before: String, $types: [EntityType!], $relationshipTypes: [String!]) {
    timeline(from: $from, to: $to, after: $after, before: $before, types: $types, relationshipTypes: $relationshipTypes) {
      date { key name precision start end }
      relationship
      entity { __typename key name }
      sources { excerpt }
    }
  }
`);

export const Search = graphql(/* GraphQL */ `
  query Search($text: String!, $types: [EntityType!], $first: Int) {
    search(text: $text, types: $types, first: $first) {
      match
      score
      entity { __typename id key name }
    }
  }
`);

export const RelationshipTypes = graphql(/* GraphQL */ `
  query RelationshipTypes {
    relationshipTypes { type count }
  }
`);

export const RecommendationsDue = graphql(/* GraphQL */ `
  query RecommendationsDue($dueBy: String!) {
    recommendations(filter: { dueBy: $dueBy }, orderBy: { by: DEADLINE }) {
      totalCount
      nodes {
        key
        number
        text
        dueBy { nodes { name start end } }
        addressedTo { nodes { key name } }
      }
    }
  }
`);

export const Suggest = graphql(/* GraphQL */ `
  query Suggest($prefix: String!, $types: [EntityType!], $first: Int) {
    suggest(prefix: $prefix, types: $types, first: $first) {
      match
      entity { __typename key name }
    }
  }
`);
