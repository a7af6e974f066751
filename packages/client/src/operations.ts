// The operations that the README, the tests and embedding apps use, typed by graphql-codegen's client
// preset (`npm run generate` regenerates packages/client/src/generated/ after a change here).
import { graphql } from './generated/index.js';

export const WhomDidOConnorSucceed = graphql(/* GraphQL */ `
  query WhomDidOConnorSucceed {
    person(key: "denis-oconnor") {
      name
      holds { nodes { name abbreviation } }
      appointedOn { nodes { name precision start end } }
      succeeded {
        nodes { name }
        edges { relationship { sources { excerpt } } }
      }
    }
  }
`);

export const WhenWasTheAcpoPlanIssued = graphql(/* GraphQL */ `
  query WhenWasTheAcpoPlanIssued {
    document(key: "police-prevent-strategy-and-delivery-plan") {
      title
      writtenBy { nodes { name abbreviation } }
      issuedTo { nodes { name } }
      issuedOn { nodes { key name precision start end } }
      assessedBy { nodes { title publishedOn { nodes { name } } } }
    }
  }
`);

export const WhomDoesHmicInspect = graphql(/* GraphQL */ `
  query WhomDoesHmicInspect($first: Int, $after: String) {
    organisation(key: "hmic") {
      name
      description
      inspects(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node { key name abbreviation kind memberCount }
          relationship { type direction sources { excerpt document { title } } }
        }
      }
    }
  }
`);

export const RecommendationsAndDeadlines = graphql(/* GraphQL */ `
  query RecommendationsAndDeadlines {
    document(key: "prevent-progress-and-prospects") {
      title
      publishedBy { nodes { name } }
      recommends {
        totalCount
        nodes {
          key
          number
          text
          addressedTo { nodes { name } }
          dueBy { nodes { name precision start end } }
        }
      }
    }
  }
`);

export const TheFourStrands = graphql(/* GraphQL */ `
  query TheFourStrands {
    strategy(key: "ct-strategy") {
      name
      ownedBy { nodes { name } }
      strands { totalCount nodes { key name description } }
    }
  }
`);

export const ReportFindings = graphql(/* GraphQL */ `
  query ReportFindings {
    document(key: "prevent-progress-and-prospects") {
      finds { totalCount nodes { key name text about { nodes { name } } mentions { nodes { __typename key name } } } }
    }
  }
`);

export const EntityByKey = graphql(/* GraphQL */ `
  query EntityByKey($key: String!) {
    entity(key: $key) {
      __typename
      id
      key
      name
      sources { excerpt document { key title } }
    }
  }
`);

export const NodeById = graphql(/* GraphQL */ `
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Entity { key name }
    }
  }
`);

export * from './explore.operations.js';
export * from './graph-view.operations.js';
