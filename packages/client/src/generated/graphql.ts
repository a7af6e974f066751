/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddDocumentInput = {
  /** The IDs of the strands (Strand) it concerns. */
  concerns?: Array<string | number>;
  description?: string | null | undefined;
  /** The words of the document that state its title, publisher and date. */
  excerpt: string;
  /** A new stable key: lowercase letters, digits and hyphens, such as `prevent-review-2011`. */
  key: string;
  kind: DocumentKind;
  /** When it was published: `2011-06-07`, `2011-06` or `2011`. */
  published: string;
  /** The ID of the Organisation that published it. */
  publisher: string | number;
  reference?: string | null | undefined;
  title: string;
  /** Where it can be read. */
  url?: string | null | undefined;
};

export type CorrectPropertyInput = {
  entity: string | number;
  /** A field of the entity’s type that holds a value, such as `name` or `description`. */
  property: string;
  /** Why the value is wrong, and where the right one comes from. */
  reason: string;
  /** The new value as text (digits for a number, the value’s name for an enum); null removes an optional value. */
  value?: string | null | undefined;
};

/** The curation mutation that made a change. */
export type CurationAction =
  | 'ADD_DOCUMENT'
  | 'CORRECT_PROPERTY'
  | 'LINK_ENTITIES'
  | 'RECORD_PROGRESS';

/** How precisely the source states a date. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** Which way a relationship points from the entity it was reached from. */
export type Direction =
  | 'IN'
  | 'OUT';

export type DocumentKind =
  | 'DELIVERY_PLAN'
  | 'PRESS_RELEASE'
  | 'REPORT';

/** The type of an entity of the graph. */
export type EntityType =
  | 'AuditRecord'
  | 'CalendarDate'
  | 'Concept'
  | 'Document'
  | 'Finding'
  | 'Organisation'
  | 'Person'
  | 'Post'
  | 'ProgressUpdate'
  | 'Recommendation'
  | 'Statement'
  | 'Strand'
  | 'Strategy';

export type LinkEntitiesInput = {
  /** The entity the relationship starts at. */
  from: string | number;
  /** When the link is a reading of the source rather than its words (such as a finding that supports a recommendation): why, in one line. The link is then `INFERRED`, inferred by you. */
  rationale?: string | null | undefined;
  /** `true` removes this source from the link; the link itself goes when no source is left. */
  remove?: boolean | null | undefined;
  source: SourceInput;
  /** The entity it points to. */
  to: string | number;
  type: LinkType;
};

/** A relationship type of the graph that `linkEntities` may add; the ends must be of the types it joins. */
export type LinkType =
  | 'ABOUT'
  | 'ADDRESSED_TO'
  | 'ADDRESSES'
  | 'ANNOUNCES'
  | 'APPOINTED_ON'
  | 'ASSESSES'
  | 'CONCERNS'
  | 'DUE_BY'
  | 'FINDS'
  | 'HELD'
  | 'HOLDS'
  | 'INSPECTS'
  | 'ISSUED_ON'
  | 'ISSUED_TO'
  | 'MENTIONS'
  | 'OWNS'
  | 'PART_OF'
  | 'POST_AT'
  | 'PUBLISHED'
  | 'PUBLISHED_ON'
  | 'QUOTES'
  | 'RECOMMENDS'
  | 'REGULATES'
  | 'STATED'
  | 'SUCCEEDED'
  | 'SUPPORTED_BY'
  | 'SUPPORTS'
  | 'WROTE';

/** How an entity matched what was typed (case, accents and quote marks aside), best first. */
export type NameMatch =
  /** Its name, abbreviation or key is the text. */
  | 'EXACT'
  /** Its name, abbreviation or key starts with the text. */
  | 'PREFIX'
  /** A full-text match (names, descriptions, texts, excerpts). */
  | 'TEXT'
  /** A word of its name starts with the text. */
  | 'WORD';

/** Which relationships a neighbourhood follows from its center: outgoing, incoming or both. */
export type NeighbourDirection =
  | 'BOTH'
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

export type PathMode =
  /** Every path of the shortest length (at most 100). */
  | 'ALL_SHORTEST'
  /** Up to `k` paths, shortest first, none visiting an entity twice. */
  | 'K_PATHS'
  /** One shortest path. */
  | 'SHORTEST';

/** How far a recommendation has been carried out. */
export type ProgressStatus =
  | 'IN_PROGRESS'
  | 'MET'
  | 'NOT_MET'
  | 'NOT_STARTED';

export type RecordProgressInput = {
  /** The date the progress is recorded for: `2009-09-30`, `2009-09` or `2009`. */
  date: string;
  /** The evidence, as the source states it. */
  evidence: string;
  /** The ID of the Recommendation. */
  recommendation: string | number;
  /** The ID of the Document the evidence is taken from. */
  source: string | number;
  status: ProgressStatus;
};

/** Where a fact comes from: a document of the graph and the words of it that state the fact. */
export type SourceInput = {
  /** The ID of a Document. */
  document: string | number;
  /** The exact words of the document that state the fact. */
  excerpt: string;
};

export type RecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type RecordProgressMutation = { recordProgress: { changed: boolean, progressUpdate: { id: string, key: string, name: string, status: ProgressStatus, date: string, evidence: string, sources: Array<{ excerpt: string, document: { key: string } }>, recommendation: { nodes: Array<{ key: string }> }, reportedOn: { nodes: Array<{ key: string, name: string, precision: DatePrecision, start: string, end: string }> } }, auditRecord: { key: string, action: CurationAction, actor: string | null, actorName: string | null, at: string, changes: Array<{ field: string, before: string, after: string }>, subjects: { nodes: Array<
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
        > } } | null } };

export type AddDocumentMutationVariables = Exact<{
  input: AddDocumentInput;
}>;


export type AddDocumentMutation = { addDocument: { changed: boolean, document: { id: string, key: string, title: string, kind: DocumentKind, url: string | null, reference: string | null, publishedBy: { nodes: Array<{ key: string }> }, publishedOn: { nodes: Array<{ key: string, precision: DatePrecision }> }, concerns: { nodes: Array<{ key: string }> }, sources: Array<{ excerpt: string, document: { key: string } }> }, auditRecord: { key: string, action: CurationAction, changes: Array<{ field: string, before: string, after: string }> } | null } };

export type LinkEntitiesMutationVariables = Exact<{
  input: LinkEntitiesInput;
}>;


export type LinkEntitiesMutation = { linkEntities: { changed: boolean, from:
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
    , to:
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
    , auditRecord: { key: string, action: CurationAction, changes: Array<{ field: string, before: string, after: string }> } | null } };

export type CorrectPropertyMutationVariables = Exact<{
  input: CorrectPropertyInput;
}>;


export type CorrectPropertyMutation = { correctProperty: { changed: boolean, entity:
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { description: string | null, memberCount: number | null, kind: OrganisationKind, key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
      | { key: string, name: string }
    , auditRecord: { key: string, action: CurationAction, reason: string | null, changes: Array<{ field: string, before: string, after: string }> } | null } };

export type RecommendationAuditTrailQueryVariables = Exact<{
  key: string;
}>;


export type RecommendationAuditTrailQuery = { recommendation: { auditTrail: { totalCount: number, nodes: Array<{ key: string, action: CurationAction, actor: string | null, actorName: string | null, at: string, reason: string | null, changes: Array<{ field: string, before: string, after: string }>, subjects: { nodes: Array<
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          > } }> } } | null };

export type ProgressOfRecommendationQueryVariables = Exact<{
  key: string;
}>;


export type ProgressOfRecommendationQuery = { recommendation: { number: number, progress: { totalCount: number, nodes: Array<{ key: string, status: ProgressStatus, date: string, evidence: string, reportedOn: { nodes: Array<{ key: string }> } }> } } | null };

export type NeighbourhoodQueryVariables = Exact<{
  key: string;
  depth?: number | null | undefined;
  relationshipTypes?: Array<string> | string | null | undefined;
  direction?: NeighbourDirection | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, center:
      | { __typename: 'AuditRecord', id: string, key: string, name: string }
      | { __typename: 'CalendarDate', id: string, key: string, name: string }
      | { __typename: 'Concept', id: string, key: string, name: string }
      | { __typename: 'Document', id: string, key: string, name: string }
      | { __typename: 'Finding', id: string, key: string, name: string }
      | { __typename: 'Organisation', id: string, key: string, name: string }
      | { __typename: 'Person', id: string, key: string, name: string }
      | { __typename: 'Post', id: string, key: string, name: string }
      | { __typename: 'ProgressUpdate', id: string, key: string, name: string }
      | { __typename: 'Recommendation', id: string, key: string, name: string }
      | { __typename: 'Statement', id: string, key: string, name: string }
      | { __typename: 'Strand', id: string, key: string, name: string }
      | { __typename: 'Strategy', id: string, key: string, name: string }
    , nodes: Array<
      | { __typename: 'AuditRecord', id: string, key: string, name: string }
      | { __typename: 'CalendarDate', id: string, key: string, name: string }
      | { __typename: 'Concept', id: string, key: string, name: string }
      | { __typename: 'Document', id: string, key: string, name: string }
      | { __typename: 'Finding', id: string, key: string, name: string }
      | { __typename: 'Organisation', id: string, key: string, name: string }
      | { __typename: 'Person', id: string, key: string, name: string }
      | { __typename: 'Post', id: string, key: string, name: string }
      | { __typename: 'ProgressUpdate', id: string, key: string, name: string }
      | { __typename: 'Recommendation', id: string, key: string, name: string }
      | { __typename: 'Statement', id: string, key: string, name: string }
      | { __typename: 'Strand', id: string, key: string, name: string }
      | { __typename: 'Strategy', id: string, key: string, name: string }
    >, relationships: Array<{ id: string, type: string, fromKey: string, toKey: string, sources: Array<{ excerpt: string }> }> } | null };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  mode?: PathMode | null | undefined;
  k?: number | null | undefined;
  maxLength?: number | null | undefined;
  relationshipTypes?: Array<string> | string | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { __typename: 'AuditRecord', key: string, name: string }
      | { __typename: 'CalendarDate', key: string, name: string }
      | { __typename: 'Concept', key: string, name: string }
      | { __typename: 'Document', key: string, name: string }
      | { __typename: 'Finding', key: string, name: string }
      | { __typename: 'Organisation', key: string, name: string }
      | { __typename: 'Person', key: string, name: string }
      | { __typename: 'Post', key: string, name: string }
      | { __typename: 'ProgressUpdate', key: string, name: string }
      | { __typename: 'Recommendation', key: string, name: string }
      | { __typename: 'Statement', key: string, name: string }
      | { __typename: 'Strand', key: string, name: string }
      | { __typename: 'Strategy', key: string, name: string }
    >, steps: Array<{ type: string, direction: Direction, from:
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
      , to:
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
      , sources: Array<{ excerpt: string }> }> }> };

export type TimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  types?: Array<EntityType> | EntityType | null | undefined;
  relationshipTypes?: Array<string> | string | null | undefined;
}>;


export type TimelineQuery = { timeline: Array<{ relationship: string, date: { key: string, name: string, precision: DatePrecision, start: string, end: string }, entity:
      | { __typename: 'AuditRecord', key: string, name: string }
      | { __typename: 'CalendarDate', key: string, name: string }
      | { __typename: 'Concept', key: string, name: string }
      | { __typename: 'Document', key: string, name: string }
      | { __typename: 'Finding', key: string, name: string }
      | { __typename: 'Organisation', key: string, name: string }
      | { __typename: 'Person', key: string, name: string }
      | { __typename: 'Post', key: string, name: string }
      | { __typename: 'ProgressUpdate', key: string, name: string }
      | { __typename: 'Recommendation', key: string, name: string }
      | { __typename: 'Statement', key: string, name: string }
      | { __typename: 'Strand', key: string, name: string }
      | { __typename: 'Strategy', key: string, name: string }
    , sources: Array<{ excerpt: string }> }> };

export type SearchQueryVariables = Exact<{
  text: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ match: NameMatch, score: number, entity:
      | { __typename: 'AuditRecord', id: string, key: string, name: string }
      | { __typename: 'CalendarDate', id: string, key: string, name: string }
      | { __typename: 'Concept', id: string, key: string, name: string }
      | { __typename: 'Document', id: string, key: string, name: string }
      | { __typename: 'Finding', id: string, key: string, name: string }
      | { __typename: 'Organisation', id: string, key: string, name: string }
      | { __typename: 'Person', id: string, key: string, name: string }
      | { __typename: 'Post', id: string, key: string, name: string }
      | { __typename: 'ProgressUpdate', id: string, key: string, name: string }
      | { __typename: 'Recommendation', id: string, key: string, name: string }
      | { __typename: 'Statement', id: string, key: string, name: string }
      | { __typename: 'Strand', id: string, key: string, name: string }
      | { __typename: 'Strategy', id: string, key: string, name: string }
     }> };

export type RelationshipTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipTypesQuery = { relationshipTypes: Array<{ type: string, count: number }> };

export type RecommendationsDueQueryVariables = Exact<{
  dueBy: string;
}>;


export type RecommendationsDueQuery = { recommendations: { totalCount: number, nodes: Array<{ key: string, number: number, text: string, dueBy: { nodes: Array<{ name: string, start: string, end: string }> }, addressedTo: { nodes: Array<{ key: string, name: string }> } }> } };

export type SuggestQueryVariables = Exact<{
  prefix: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type SuggestQuery = { suggest: Array<{ match: NameMatch, entity:
      | { __typename: 'AuditRecord', key: string, name: string }
      | { __typename: 'CalendarDate', key: string, name: string }
      | { __typename: 'Concept', key: string, name: string }
      | { __typename: 'Document', key: string, name: string }
      | { __typename: 'Finding', key: string, name: string }
      | { __typename: 'Organisation', key: string, name: string }
      | { __typename: 'Person', key: string, name: string }
      | { __typename: 'Post', key: string, name: string }
      | { __typename: 'ProgressUpdate', key: string, name: string }
      | { __typename: 'Recommendation', key: string, name: string }
      | { __typename: 'Statement', key: string, name: string }
      | { __typename: 'Strand', key: string, name: string }
      | { __typename: 'Strategy', key: string, name: string }
     }> };

type GraphEntity_AuditRecord_Fragment = { __typename: 'AuditRecord', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_CalendarDate_Fragment = { __typename: 'CalendarDate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_Concept_Fragment = { __typename: 'Concept', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_Document_Fragment = { __typename: 'Document', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_Finding_Fragment = { __typename: 'Finding', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_Organisation_Fragment = { __typename: 'Organisation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_Person_Fragment = { __typename: 'Person', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_Post_Fragment = { __typename: 'Post', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_ProgressUpdate_Fragment = { __typename: 'ProgressUpdate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_Recommendation_Fragment = { __typename: 'Recommendation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_Statement_Fragment = { __typename: 'Statement', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_Strand_Fragment = { __typename: 'Strand', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

type GraphEntity_Strategy_Fragment = { __typename: 'Strategy', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> };

export type GraphEntityFragment =
  | GraphEntity_AuditRecord_Fragment
  | GraphEntity_CalendarDate_Fragment
  | GraphEntity_Concept_Fragment
  | GraphEntity_Document_Fragment
  | GraphEntity_Finding_Fragment
  | GraphEntity_Organisation_Fragment
  | GraphEntity_Person_Fragment
  | GraphEntity_Post_Fragment
  | GraphEntity_ProgressUpdate_Fragment
  | GraphEntity_Recommendation_Fragment
  | GraphEntity_Statement_Fragment
  | GraphEntity_Strand_Fragment
  | GraphEntity_Strategy_Fragment
;

export type GraphSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type GraphSearchQuery = { search: Array<{ score: number, entity:
      | { __typename: 'AuditRecord', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'CalendarDate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Concept', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Document', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Finding', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Organisation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Person', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Post', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'ProgressUpdate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Recommendation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Statement', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strand', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strategy', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
     }> };

export type GraphNeighbourhoodQueryVariables = Exact<{
  key: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type GraphNeighbourhoodQuery = { neighbourhood: { truncated: boolean, center:
      | { __typename: 'AuditRecord', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'CalendarDate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Concept', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Document', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Finding', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Organisation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Person', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Post', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'ProgressUpdate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Recommendation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Statement', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strand', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strategy', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
    , nodes: Array<
      | { __typename: 'AuditRecord', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'CalendarDate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Concept', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Document', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Finding', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Organisation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Person', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Post', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'ProgressUpdate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Recommendation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Statement', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strand', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strategy', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
    >, relationships: Array<{ id: string, type: string, fromKey: string, toKey: string, sources: Array<{ excerpt: string, document: { title: string } }> }> } | null };

export type GraphSuggestQueryVariables = Exact<{
  prefix: string;
  first?: number | null | undefined;
}>;


export type GraphSuggestQuery = { suggest: Array<{ match: NameMatch, entity:
      | { __typename: 'AuditRecord', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'CalendarDate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Concept', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Document', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Finding', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Organisation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Person', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Post', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'ProgressUpdate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Recommendation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Statement', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strand', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strategy', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
     }> };

export type GraphRecommendationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GraphRecommendationsQuery = { recommendations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ key: string, number: number, text: string, addressedTo: { nodes: Array<{ key: string, name: string }> }, dueBy: { nodes: Array<{ key: string, name: string, start: string }> }, recommendedIn: { nodes: Array<{ key: string, title: string, concerns: { nodes: Array<{ key: string, name: string }> } }> }, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }> } };

export type GraphPathQueryVariables = Exact<{
  from: string;
  to: string;
  mode?: PathMode | null | undefined;
  k?: number | null | undefined;
  maxLength?: number | null | undefined;
}>;


export type GraphPathQuery = { paths: Array<{ length: number, nodes: Array<
      | { __typename: 'AuditRecord', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'CalendarDate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Concept', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Document', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Finding', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Organisation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Person', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Post', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'ProgressUpdate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Recommendation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Statement', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strand', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strategy', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
    >, steps: Array<{ type: string, direction: Direction, from:
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
      , to:
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
      , sources: Array<{ excerpt: string, document: { title: string } }> }> }> };

export type GraphTimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type GraphTimelineQuery = { timeline: Array<{ relationship: string, date: { key: string, name: string, start: string, precision: DatePrecision }, entity:
      | { __typename: 'AuditRecord', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'CalendarDate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Concept', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Document', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Finding', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Organisation', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Person', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Post', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'ProgressUpdate', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Recommendation', key: string, name: string, addressedTo: { nodes: Array<{ name: string }> }, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Statement', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strand', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
      | { __typename: 'Strategy', key: string, name: string, sources: Array<{ excerpt: string, document: { title: string } }> }
    , sources: Array<{ excerpt: string, document: { title: string } }> }> };

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
            | { __typename: 'AuditRecord', key: string, name: string }
            | { __typename: 'CalendarDate', key: string, name: string }
            | { __typename: 'Concept', key: string, name: string }
            | { __typename: 'Document', key: string, name: string }
            | { __typename: 'Finding', key: string, name: string }
            | { __typename: 'Organisation', key: string, name: string }
            | { __typename: 'Person', key: string, name: string }
            | { __typename: 'Post', key: string, name: string }
            | { __typename: 'ProgressUpdate', key: string, name: string }
            | { __typename: 'Recommendation', key: string, name: string }
            | { __typename: 'Statement', key: string, name: string }
            | { __typename: 'Strand', key: string, name: string }
            | { __typename: 'Strategy', key: string, name: string }
          > } }> } } | null };

export type EntityByKeyQueryVariables = Exact<{
  key: string;
}>;


export type EntityByKeyQuery = { entity:
    | { __typename: 'AuditRecord', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'CalendarDate', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Concept', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Document', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Finding', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Organisation', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Person', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Post', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'ProgressUpdate', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Recommendation', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Statement', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Strand', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
    | { __typename: 'Strategy', id: string, key: string, name: string, sources: Array<{ excerpt: string, document: { key: string, title: string } }> }
   | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'AuditRecord', key: string, name: string, id: string }
    | { __typename: 'CalendarDate', key: string, name: string, id: string }
    | { __typename: 'Concept', key: string, name: string, id: string }
    | { __typename: 'Document', key: string, name: string, id: string }
    | { __typename: 'Finding', key: string, name: string, id: string }
    | { __typename: 'Organisation', key: string, name: string, id: string }
    | { __typename: 'Person', key: string, name: string, id: string }
    | { __typename: 'Post', key: string, name: string, id: string }
    | { __typename: 'ProgressUpdate', key: string, name: string, id: string }
    | { __typename: 'Recommendation', key: string, name: string, id: string }
    | { __typename: 'Statement', key: string, name: string, id: string }
    | { __typename: 'Strand', key: string, name: string, id: string }
    | { __typename: 'Strategy', key: string, name: string, id: string }
   | null };

export const GraphEntityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEntity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<GraphEntityFragment, unknown>;
export const RecordProgressDocument = {"__meta__":{"hash":"sha256:a8a226c839f6e823230cb06806977527a30c4c2211e1df89b13ac8b1bddbd80b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"progressUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordProgressMutation, RecordProgressMutationVariables>;
export const AddDocumentDocument = {"__meta__":{"hash":"sha256:93540ef3bbd145965f51e888b40424e333ba7333da2632ac661b907d170d2a15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"concerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddDocumentMutation, AddDocumentMutationVariables>;
export const LinkEntitiesDocument = {"__meta__":{"hash":"sha256:5be75dcdb0a169770d118527bd2ea6b99f64976e270853c13c95a7adefd2afe6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkEntitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkEntitiesMutation, LinkEntitiesMutationVariables>;
export const CorrectPropertyDocument = {"__meta__":{"hash":"sha256:082ff1b91cc476067a15a7fa0a2b3cbd71c966ff1366bc5c83ba8f8d9814f26d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectPropertyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctProperty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CorrectPropertyMutation, CorrectPropertyMutationVariables>;
export const RecommendationAuditTrailDocument = {"__meta__":{"hash":"sha256:cf339a6691f8270a19cb66e01297f953706cd390e0b36366aca55b67f35ede9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationAuditTrailQuery, RecommendationAuditTrailQueryVariables>;
export const ProgressOfRecommendationDocument = {"__meta__":{"hash":"sha256:c0d1e665ad94523945483cfc68e23c582c8f65793571f6e15156318b09155e74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressOfRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgressOfRecommendationQuery, ProgressOfRecommendationQueryVariables>;
export const NeighbourhoodDocument = {"__meta__":{"hash":"sha256:b149433049436f8acdc90c4b6b2f9bd5bc4908cc430df9467112d7e60bd90d64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeighbourDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const PathsDocument = {"__meta__":{"hash":"sha256:6e38ff8dd2f3cb8fc26ebb1cd280d91509bd13923142d5b85e6eddf7e06dc5c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PathMode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const TimelineDocument = {"__meta__":{"hash":"sha256:47ae05c777deca16069198e8838a1e979c1add8366887d6ae4365b9e90d40de7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationshipTypes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"sha256:d5c5361def7d20ecef27a9f6151124f48548e432261bd1f7bed5849b40fee5b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const RelationshipTypesDocument = {"__meta__":{"hash":"sha256:8765072d0f5a873abb40b4043067630958e3121c8dac1565d9b33b2d221421b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationshipTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<RelationshipTypesQuery, RelationshipTypesQueryVariables>;
export const RecommendationsDueDocument = {"__meta__":{"hash":"sha256:19abcc9a257d5f70aada340d4258271a6f067bde8e425373776ac36f3cdd6139"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueBy"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"DEADLINE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"addressedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationsDueQuery, RecommendationsDueQueryVariables>;
export const SuggestDocument = {"__meta__":{"hash":"sha256:75e3da6ea7f54141ff96d001513c275c167025f653bb4a90d91d74244a9cd39f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestQuery, SuggestQueryVariables>;
export const GraphSearchDocument = {"__meta__":{"hash":"sha256:e116cb4e0a89c3280be98774d4af02af63fa9f76b84b1c45bf78b60d5df855c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEntity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEntity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<GraphSearchQuery, GraphSearchQueryVariables>;
export const GraphNeighbourhoodDocument = {"__meta__":{"hash":"sha256:e52489673a23fb9713396504865445ee99cd0ff900801b6cd8d961b3c163c776"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEntity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEntity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromKey"}},{"kind":"Field","name":{"kind":"Name","value":"toKey"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEntity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<GraphNeighbourhoodQuery, GraphNeighbourhoodQueryVariables>;
export const GraphSuggestDocument = {"__meta__":{"hash":"sha256:38c4878982a136dd24342c68b671d297a79cbb44305b63e7e564886b604a7c91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphSuggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEntity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEntity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<GraphSuggestQuery, GraphSuggestQueryVariables>;
export const GraphRecommendationsDocument = {"__meta__":{"hash":"sha256:96088449eb4694010f4a7ae4600583055f2e80b1f8bac8f85a9746d4bb819ca7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"NUMBER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"addressedTo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GraphRecommendationsQuery, GraphRecommendationsQueryVariables>;
export const GraphPathDocument = {"__meta__":{"hash":"sha256:c88b2c4a7129dc4755671e1817322de2fd33cb1422a7d9cd2db481167710701d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PathMode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEntity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEntity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<GraphPathQuery, GraphPathQueryVariables>;
export const GraphTimelineDocument = {"__meta__":{"hash":"sha256:4242b238634aab984561dfd90350e13696d0628a0b421c71c65dd18d307762af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEntity"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEntity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<GraphTimelineQuery, GraphTimelineQueryVariables>;
export const WhomDidOConnorSucceedDocument = {"__meta__":{"hash":"sha256:1bb8e30d11d6d0cd3bc5b81ed94723754aae96cdd0f74b625421e78e4c016031"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhomDidOConnorSucceed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"denis-oconnor","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhomDidOConnorSucceedQuery, WhomDidOConnorSucceedQueryVariables>;
export const WhenWasTheAcpoPlanIssuedDocument = {"__meta__":{"hash":"sha256:99088ccf518dac25da8b1dc8a70f24a0abf89ea60761feac6ab5de9340c0d255"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhenWasTheAcpoPlanIssued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"police-prevent-strategy-and-delivery-plan","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"writtenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhenWasTheAcpoPlanIssuedQuery, WhenWasTheAcpoPlanIssuedQueryVariables>;
export const WhomDoesHmicInspectDocument = {"__meta__":{"hash":"sha256:1ac68a974d9e44d129c21d697b4cdd8f99bd85ba6834ac171de107e6c18685d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhomDoesHmicInspect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"hmic","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"inspects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhomDoesHmicInspectQuery, WhomDoesHmicInspectQueryVariables>;
export const RecommendationsAndDeadlinesDocument = {"__meta__":{"hash":"sha256:907470a016c527dd2431a2c2b1a06889028b3980f32e7df1e92b74c9665f988a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationsAndDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"prevent-progress-and-prospects","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"addressedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationsAndDeadlinesQuery, RecommendationsAndDeadlinesQueryVariables>;
export const TheFourStrandsDocument = {"__meta__":{"hash":"sha256:1bb66e8e0982341b8eb4b32b2d5bd99feeceda4ceeb2810a9cae76107a111ce7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TheFourStrands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"ct-strategy","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TheFourStrandsQuery, TheFourStrandsQueryVariables>;
export const ReportFindingsDocument = {"__meta__":{"hash":"sha256:7b1fe26cda343e9c0190cb418ebb5292ebeaabed26bd1dbfdb6e878ece4c25a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"prevent-progress-and-prospects","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportFindingsQuery, ReportFindingsQueryVariables>;
export const EntityByKeyDocument = {"__meta__":{"hash":"sha256:0c347c51ae195036335ca9af0aaea9f1cd00dd4339f1bd968ff3a4f5fee15bc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityByKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityByKeyQuery, EntityByKeyQueryVariables>;
export const NodeByIdDocument = {"__meta__":{"hash":"sha256:98cdbe6861ebd1fb1a6882a59a9e169c8decf2b5217fd8516b114292dcb94f6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;