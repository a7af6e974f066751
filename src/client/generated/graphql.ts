/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How precisely the source states a date. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** Which way a relationship points from the entity it was reached from. */
export type Direction =
  | 'IN'
  | 'OUT';

export type OrganisationKind =
  | 'ASSOCIATION'
  | 'GOVERNMENT'
  | 'INSPECTORATE'
  | 'PARTNERS'
  | 'POLICE_FORCES'
  | 'POLICE_SERVICE'
  | 'POLICING_BODY';

export type WhomDidOConnorSucceedQueryVariables = Exact<{ [key: string]: never; }>;


export type WhomDidOConnorSucceedQuery = { person: { name: string, holds: { nodes: Array<{ name: string, abbreviation: string | null }> }, appointedOn: { nodes: Array<{ name: string, precision: DatePrecision, start: string, end: string }> }, succeeded: { nodes: Array<{ name: string }>, edges: Array<{ relationship: { sources: Array<{ excerpt: string }> } | null }> } } | null };

export type WhenWasTheAcpoPlanIssuedQueryVariables = Exact<{ [key: string]: never; }>;


export type WhenWasTheAcpoPlanIssuedQuery = { document: { title: string, writtenBy: { nodes: Array<{ name: string, abbreviation: string | null }> }, issuedTo: { nodes: Array<{ name: string }> }, issuedOn: { nodes: Array<{ key: string, name: string, precision: DatePrecision, start: string, end: string }> }, assessedBy: { nodes: Array<{ title: string, publishedOn: { nodes: Array<{ name: string }> } }> } } | null };

export type WhomDoesHmicInspectQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WhomDoesHmicInspectQuery = { organisation: { name: string, description: string | null, inspects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { key: string, name: string, abbreviation: string | null, kind: OrganisationKind, memberCount: number | null }, relationship: { type: string, direction: Direction, sources: Array<{ excerpt: string, document: { title: string } }> } | null }> } } | null };

export type RecommendationsAndDeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type RecommendationsAndDeadlinesQuery = { document: { title: string, publishedBy: { nodes: Array<{ name: string }> }, recommends: { totalCount: number, nodes: Array<{ key: string, number: number, text: string, addressedTo: { nodes: Array<{ name: string }> }, dueBy: { nodes: Array<{ name: string, precision: DatePrecision, start: string, end: string }> } }> } } | null };

export type TheFourStrandsQueryVariables = Exact<{ [key: string]: never; }>;


export type TheFourStrandsQuery = { strategy: { name: string, ownedBy: { nodes: Array<{ name: string }> }, strands: { totalCount: number, nodes: Array<{ key: string, name: string, description: string }> } } | null };

export type ReportFindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportFindingsQuery = { document: { finds: { totalCount: number, nodes: Array<{ key: string, name: string, text: string, about: { nodes: Array<{ name: string }> }, mentions: { nodes: Array<
            | { __typename: 'CalendarDate', key: string, name: string }
            | { __typename: 'Concept', key: string, name: string }
            | { __typename: 'Document', key: string, name: string }
            | { __typename: 'Finding', key: string, name: string }
            | { __typename: 'Organisation', key: string, name: string }
            | { __typename: 'Person', key: string, name: string }
            | { __typename: 'Post', key: string, name: string }
            | { __typename: 'Recommendation', key: string, name: string }
            | { __typename: 'Statement', key: string, name: string }
            | { __typename: 'Strand', key: string, name: string }
            | { __typename: 'Strategy', key: string, name: string }
          > } }> } } | null };

export type EntityByKeyQueryVariables = Exact<{
  key: string;
}>;


export type EntityByKeyQuery = { entity:
    | { __typename: 'CalendarDate', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Concept', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Document', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Finding', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Organisation', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Person', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Post', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Recommendation', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Statement', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Strand', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Strategy', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
   | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'CalendarDate', key: string, name: string, id: string }
    | { __typename: 'Concept', key: string, name: string, id: string }
    | { __typename: 'Document', key: string, name: string, id: string }
    | { __typename: 'Finding', key: string, name: string, id: string }
    | { __typename: 'Organisation', key: string, name: string, id: string }
    | { __typename: 'Person', key: string, name: string, id: string }
    | { __typename: 'Post', key: string, name: string, id: string }
    | { __typename: 'Recommendation', key: string, name: string, id: string }
    | { __typename: 'Statement', key: string, name: string, id: string }
    | { __typename: 'Strand', key: string, name: string, id: string }
    | { __typename: 'Strategy', key: string, name: string, id: string }
   | null };


export const WhomDidOConnorSucceedDocument = {"__meta__":{"hash":"sha256:1bb8e30d11d6d0cd3bc5b81ed94723754aae96cdd0f74b625421e78e4c016031"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhomDidOConnorSucceed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"denis-oconnor","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhomDidOConnorSucceedQuery, WhomDidOConnorSucceedQueryVariables>;
export const WhenWasTheAcpoPlanIssuedDocument = {"__meta__":{"hash":"sha256:99088ccf518dac25da8b1dc8a70f24a0abf89ea60761feac6ab5de9340c0d255"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhenWasTheAcpoPlanIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"police-prevent-strategy-and-delivery-plan","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"writtenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhenWasTheAcpoPlanIssuedQuery, WhenWasTheAcpoPlanIssuedQueryVariables>;
export const WhomDoesHmicInspectDocument = {"__meta__":{"hash":"sha256:1ac68a974d9e44d129c21d697b4cdd8f99bd85ba6834ac171de107e6c18685d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhomDoesHmicInspect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"hmic","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inspects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhomDoesHmicInspectQuery, WhomDoesHmicInspectQueryVariables>;
export const RecommendationsAndDeadlinesDocument = {"__meta__":{"hash":"sha256:907470a016c527dd2431a2c2b1a06889028b3980f32e7df1e92b74c9665f988a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationsAndDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"prevent-progress-and-prospects","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"addressedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationsAndDeadlinesQuery, RecommendationsAndDeadlinesQueryVariables>;
export const TheFourStrandsDocument = {"__meta__":{"hash":"sha256:1bb66e8e0982341b8eb4b32b2d5bd99feeceda4ceeb2810a9cae76107a111ce7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TheFourStrands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"ct-strategy","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TheFourStrandsQuery, TheFourStrandsQueryVariables>;
export const ReportFindingsDocument = {"__meta__":{"hash":"sha256:7b1fe26cda343e9c0190cb418ebb5292ebeaabed26bd1dbfdb6e878ece4c25a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"prevent-progress-and-prospects","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportFindingsQuery, ReportFindingsQueryVariables>;
export const EntityByKeyDocument = {"__meta__":{"hash":"sha256:0c347c51ae195036335ca9af0aaea9f1cd00dd4339f1bd968ff3a4f5fee15bc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityByKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityByKeyQuery, EntityByKeyQueryVariables>;
export const NodeByIdDocument = {"__meta__":{"hash":"sha256:98cdbe6861ebd1fb1a6882a59a9e169c8decf2b5217fd8516b114292dcb94f6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;