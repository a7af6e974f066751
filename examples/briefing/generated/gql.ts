/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ReportBriefing($report: String!) {\n    document(key: $report) {\n      title\n      publishedBy { nodes { name } }\n      publishedOn { nodes { name } }\n      concerns { nodes { name } }\n      recommends(first: 20) {\n        totalCount\n        nodes {\n          number\n          text\n          addressedTo { nodes { name } }\n          dueBy { nodes { name start } }\n        }\n      }\n    }\n  }\n": typeof types.ReportBriefingDocument,
    "\n  query WhoLeadsTheInspectorate {\n    organisation(key: \"hmic\") {\n      name\n      posts { nodes { name holders { nodes { name appointedOn { nodes { name } } } } } }\n      inspects { nodes { name } }\n    }\n  }\n": typeof types.WhoLeadsTheInspectorateDocument,
};
const documents: Documents = {
    "\n  query ReportBriefing($report: String!) {\n    document(key: $report) {\n      title\n      publishedBy { nodes { name } }\n      publishedOn { nodes { name } }\n      concerns { nodes { name } }\n      recommends(first: 20) {\n        totalCount\n        nodes {\n          number\n          text\n          addressedTo { nodes { name } }\n          dueBy { nodes { name start } }\n        }\n      }\n    }\n  }\n": types.ReportBriefingDocument,
    "\n  query WhoLeadsTheInspectorate {\n    organisation(key: \"hmic\") {\n      name\n      posts { nodes { name holders { nodes { name appointedOn { nodes { name } } } } } }\n      inspects { nodes { name } }\n    }\n  }\n": types.WhoLeadsTheInspectorateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportBriefing($report: String!) {\n    document(key: $report) {\n      title\n      publishedBy { nodes { name } }\n      publishedOn { nodes { name } }\n      concerns { nodes { name } }\n      recommends(first: 20) {\n        totalCount\n        nodes {\n          number\n          text\n          addressedTo { nodes { name } }\n          dueBy { nodes { name start } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportBriefing($report: String!) {\n    document(key: $report) {\n      title\n      publishedBy { nodes { name } }\n      publishedOn { nodes { name } }\n      concerns { nodes { name } }\n      recommends(first: 20) {\n        totalCount\n        nodes {\n          number\n          text\n          addressedTo { nodes { name } }\n          dueBy { nodes { name start } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoLeadsTheInspectorate {\n    organisation(key: \"hmic\") {\n      name\n      posts { nodes { name holders { nodes { name appointedOn { nodes { name } } } } } }\n      inspects { nodes { name } }\n    }\n  }\n"): (typeof documents)["\n  query WhoLeadsTheInspectorate {\n    organisation(key: \"hmic\") {\n      name\n      posts { nodes { name holders { nodes { name appointedOn { nodes { name } } } } } }\n      inspects { nodes { name } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;