// Curation: the mutations a curator's tool sends (with a bearer token carrying the curator role) and
// the reads that show what curators changed. Typed by graphql-codegen like operations.ts.
import { graphql } from './generated/index.js';

export const RecordProgress = graphql(/* GraphQL */ `
  mutation RecordProgress($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      changed
      progressUpdate {
        id key name status date evidence
        sources { excerpt document { key } }
        recommendation { nodes { key } }
        reportedOn { nodes { key name precision start end } }
      }
      auditRecord { key action actor actorName at changes { field before after } subjects { nodes { key } } }
    }
  }
`);

export const AddDocument = graphql(/* GraphQL */ `
  mutation AddDocument($input: AddDocumentInput!) {
    addDocument(input: $input) {
      changed
      document {
        id key title kind url reference
        publishedBy { nodes { key } }
        publishedOn { nodes { key precision } }
        concerns { nodes { key } }
        sources { excerpt document { key } }
      }
      auditRecord { key action changes { field before after } }
    }
  }
`);

export const LinkEntities = graphql(/* GraphQL */ `
  mutation LinkEntities($input: LinkEntitiesInput!) {
    linkEntities(input: $input) {
      changed
      from { key }
      to { key }
      auditRecord { key action changes { field before after } }
    }
  }
`);

export const CorrectProperty = graphql(/* GraphQL */ `
  mutation CorrectProperty($input: CorrectPropertyInput!) {
    correctProperty(input: $input) {
      changed
      entity { key name ... on Organisation { description memberCount kind } }
      auditRecord { key action reason changes { field before after } }
    }
  }
`);

export const RecommendationAuditTrail = graphql(/* GraphQL */ `
  query RecommendationAuditTrail($key: String!) {
    recommendation(key: $key) {
      auditTrail {
        totalCount
        nodes { key action actor actorName at reason changes { field before after } subjects { nodes { key } } }
      }
    }
  }
`);

export const ProgressOfRecommendation = graphql(/* GraphQL */ `
  query ProgressOfRecommendation($key: String!) {
    recommendation(key: $key) {
      number
      progress { totalCount nodes { key status date evidence reportedOn { nodes { key } } } }
    }
  }
`);
