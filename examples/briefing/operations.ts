// The briefing app's own operations. They live in the app, not in the API's client: codegen.ts beside
// this file types them against the API's schema, and their manifest (generated/persisted-documents.json)
// is what the API registers to run them in trusted-documents mode.
import { graphql } from './generated/index.js';

export const ReportBriefing = graphql(/* GraphQL */ `
  query ReportBriefing($report: String!) {
    document(key: $report) {
      title
      publishedBy { nodes { name } }
      publishedOn { nodes { name } }
      concerns { nodes { name } }
      recommends(first: 20) {
        totalCount
        nodes {
          number
          text
          addressedTo { nodes { name } }
          dueBy { nodes { name start } }
        }
      }
    }
  }
`);

export const WhoLeadsTheInspectorate = graphql(/* GraphQL */ `
  query WhoLeadsTheInspectorate {
    organisation(key: "hmic") {
      name
      posts { nodes { name holders { nodes { name appointedOn { nodes { name } } } } } }
      inspects { nodes { name } }
    }
  }
`);
