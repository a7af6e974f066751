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
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      changed\n      progressUpdate {\n        id key name status date evidence\n        sources { excerpt document { key } }\n        recommendation { nodes { key } }\n        reportedOn { nodes { key name precision start end } }\n      }\n      auditRecord { key action actor actorName at changes { field before after } subjects { nodes { key } } }\n    }\n  }\n": typeof types.RecordProgressDocument,
    "\n  mutation AddDocument($input: AddDocumentInput!) {\n    addDocument(input: $input) {\n      changed\n      document {\n        id key title kind url reference\n        publishedBy { nodes { key } }\n        publishedOn { nodes { key precision } }\n        concerns { nodes { key } }\n        sources { excerpt document { key } }\n      }\n      auditRecord { key action changes { field before after } }\n    }\n  }\n": typeof types.AddDocumentDocument,
    "\n  mutation LinkEntities($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      changed\n      from { key }\n      to { key }\n      auditRecord { key action changes { field before after } }\n    }\n  }\n": typeof types.LinkEntitiesDocument,
    "\n  mutation CorrectProperty($input: CorrectPropertyInput!) {\n    correctProperty(input: $input) {\n      changed\n      entity { key name ... on Organisation { description memberCount kind } }\n      auditRecord { key action reason changes { field before after } }\n    }\n  }\n": typeof types.CorrectPropertyDocument,
    "\n  query RecommendationAuditTrail($key: String!) {\n    recommendation(key: $key) {\n      auditTrail {\n        totalCount\n        nodes { key action actor actorName at reason changes { field before after } subjects { nodes { key } } }\n      }\n    }\n  }\n": typeof types.RecommendationAuditTrailDocument,
    "\n  query ProgressOfRecommendation($key: String!) {\n    recommendation(key: $key) {\n      number\n      progress { totalCount nodes { key status date evidence reportedOn { nodes { key } } } }\n    }\n  }\n": typeof types.ProgressOfRecommendationDocument,
    "\n  query Neighbourhood($key: String!, $depth: Int, $relationshipTypes: [String!], $direction: NeighbourDirection, $limit: Int) {\n    neighbourhood(key: $key, depth: $depth, relationshipTypes: $relationshipTypes, direction: $direction, limit: $limit) {\n      center { __typename id key name }\n      nodes { __typename id key name }\n      relationships { id type fromKey toKey sources { excerpt } }\n      truncated\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query Paths($from: String!, $to: String!, $mode: PathMode, $k: Int, $maxLength: Int, $relationshipTypes: [String!]) {\n    paths(from: $from, to: $to, mode: $mode, k: $k, maxLength: $maxLength, relationshipTypes: $relationshipTypes) {\n      length\n      nodes { __typename key name }\n      steps {\n        from { key name }\n        type\n        direction\n        to { key name }\n        sources { excerpt }\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Timeline($from: String, $to: String, $after: String, $before: String, $types: [EntityType!], $relationshipTypes: [String!]) {\n    timeline(from: $from, to: $to, after: $after, before: $before, types: $types, relationshipTypes: $relationshipTypes) {\n      date { key name precision start end }\n      relationship\n      entity { __typename key name }\n      sources { excerpt }\n    }\n  }\n": typeof types.TimelineDocument,
    "\n  query Search($text: String!, $types: [EntityType!], $first: Int) {\n    search(text: $text, types: $types, first: $first) {\n      match\n      score\n      entity { __typename id key name }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query RelationshipTypes {\n    relationshipTypes { type count }\n  }\n": typeof types.RelationshipTypesDocument,
    "\n  query RecommendationsDue($dueBy: String!) {\n    recommendations(filter: { dueBy: $dueBy }, orderBy: { by: DEADLINE }) {\n      totalCount\n      nodes {\n        key\n        number\n        text\n        dueBy { nodes { name start end } }\n        addressedTo { nodes { key name } }\n      }\n    }\n  }\n": typeof types.RecommendationsDueDocument,
    "\n  query Suggest($prefix: String!, $types: [EntityType!], $first: Int) {\n    suggest(prefix: $prefix, types: $types, first: $first) {\n      match\n      entity { __typename key name }\n    }\n  }\n": typeof types.SuggestDocument,
    "\n  fragment GraphEntity on Entity {\n    __typename\n    key\n    name\n    sources { excerpt document { title } }\n  }\n": typeof types.GraphEntityFragmentDoc,
    "\n  query GraphSearch($text: String!, $first: Int) {\n    search(text: $text, first: $first) { score entity { ...GraphEntity } }\n  }\n": typeof types.GraphSearchDocument,
    "\n  query GraphNeighbourhood($key: String!, $depth: Int, $limit: Int) {\n    neighbourhood(key: $key, depth: $depth, limit: $limit) {\n      center { ...GraphEntity }\n      nodes { ...GraphEntity }\n      relationships { id type fromKey toKey sources { excerpt document { title } } }\n      truncated\n    }\n  }\n": typeof types.GraphNeighbourhoodDocument,
    "\n  query GraphSuggest($prefix: String!, $first: Int) {\n    suggest(prefix: $prefix, first: $first) { match entity { ...GraphEntity } }\n  }\n": typeof types.GraphSuggestDocument,
    "\n  query GraphRecommendations($first: Int, $after: String) {\n    recommendations(first: $first, after: $after, orderBy: { by: NUMBER }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        key\n        number\n        text\n        addressedTo(first: 10) { nodes { key name } }\n        dueBy(first: 2) { nodes { key name start } }\n        recommendedIn(first: 2) { nodes { key title concerns(first: 4) { nodes { key name } } } }\n        sources { excerpt document { key title } }\n      }\n    }\n  }\n": typeof types.GraphRecommendationsDocument,
    "\n  query GraphPath($from: String!, $to: String!, $mode: PathMode, $k: Int, $maxLength: Int) {\n    paths(from: $from, to: $to, mode: $mode, k: $k, maxLength: $maxLength) {\n      length\n      nodes { ...GraphEntity }\n      steps { from { key } to { key } type direction sources { excerpt document { title } } }\n    }\n  }\n": typeof types.GraphPathDocument,
    "\n  query GraphTimeline($from: String, $to: String, $first: Int) {\n    timeline(from: $from, to: $to, first: $first) {\n      date { key name start precision }\n      entity { ...GraphEntity ... on Recommendation { addressedTo { nodes { name } } } }\n      relationship\n      sources { excerpt document { title } }\n    }\n  }\n": typeof types.GraphTimelineDocument,
    "\n  query WhomDidOConnorSucceed {\n    person(key: \"denis-oconnor\") {\n      name\n      holds { nodes { name abbreviation } }\n      appointedOn { nodes { name precision start end } }\n      succeeded {\n        nodes { name }\n        edges { relationship { sources { excerpt } } }\n      }\n    }\n  }\n": typeof types.WhomDidOConnorSucceedDocument,
    "\n  query WhenWasTheAcpoPlanIssued {\n    document(key: \"police-prevent-strategy-and-delivery-plan\") {\n      title\n      writtenBy { nodes { name abbreviation } }\n      issuedTo { nodes { name } }\n      issuedOn { nodes { key name precision start end } }\n      assessedBy { nodes { title publishedOn { nodes { name } } } }\n    }\n  }\n": typeof types.WhenWasTheAcpoPlanIssuedDocument,
    "\n  query WhomDoesHmicInspect($first: Int, $after: String) {\n    organisation(key: \"hmic\") {\n      name\n      description\n      inspects(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { key name abbreviation kind memberCount }\n          relationship { type direction sources { excerpt document { title } } }\n        }\n      }\n    }\n  }\n": typeof types.WhomDoesHmicInspectDocument,
    "\n  query RecommendationsAndDeadlines {\n    document(key: \"prevent-progress-and-prospects\") {\n      title\n      publishedBy { nodes { name } }\n      recommends {\n        totalCount\n        nodes {\n          key\n          number\n          text\n          addressedTo { nodes { name } }\n          dueBy { nodes { name precision start end } }\n        }\n      }\n    }\n  }\n": typeof types.RecommendationsAndDeadlinesDocument,
    "\n  query TheFourStrands {\n    strategy(key: \"ct-strategy\") {\n      name\n      ownedBy { nodes { name } }\n      strands { totalCount nodes { key name description } }\n    }\n  }\n": typeof types.TheFourStrandsDocument,
    "\n  query ReportFindings {\n    document(key: \"prevent-progress-and-prospects\") {\n      finds { totalCount nodes { key name text about { nodes { name } } mentions { nodes { __typename key name } } } }\n    }\n  }\n": typeof types.ReportFindingsDocument,
    "\n  query EntityByKey($key: String!) {\n    entity(key: $key) {\n      __typename\n      id\n      key\n      name\n      sources { excerpt document { key title } }\n    }\n  }\n": typeof types.EntityByKeyDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity { key name }\n    }\n  }\n": typeof types.NodeByIdDocument,
};
const documents: Documents = {
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      changed\n      progressUpdate {\n        id key name status date evidence\n        sources { excerpt document { key } }\n        recommendation { nodes { key } }\n        reportedOn { nodes { key name precision start end } }\n      }\n      auditRecord { key action actor actorName at changes { field before after } subjects { nodes { key } } }\n    }\n  }\n": types.RecordProgressDocument,
    "\n  mutation AddDocument($input: AddDocumentInput!) {\n    addDocument(input: $input) {\n      changed\n      document {\n        id key title kind url reference\n        publishedBy { nodes { key } }\n        publishedOn { nodes { key precision } }\n        concerns { nodes { key } }\n        sources { excerpt document { key } }\n      }\n      auditRecord { key action changes { field before after } }\n    }\n  }\n": types.AddDocumentDocument,
    "\n  mutation LinkEntities($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      changed\n      from { key }\n      to { key }\n      auditRecord { key action changes { field before after } }\n    }\n  }\n": types.LinkEntitiesDocument,
    "\n  mutation CorrectProperty($input: CorrectPropertyInput!) {\n    correctProperty(input: $input) {\n      changed\n      entity { key name ... on Organisation { description memberCount kind } }\n      auditRecord { key action reason changes { field before after } }\n    }\n  }\n": types.CorrectPropertyDocument,
    "\n  query RecommendationAuditTrail($key: String!) {\n    recommendation(key: $key) {\n      auditTrail {\n        totalCount\n        nodes { key action actor actorName at reason changes { field before after } subjects { nodes { key } } }\n      }\n    }\n  }\n": types.RecommendationAuditTrailDocument,
    "\n  query ProgressOfRecommendation($key: String!) {\n    recommendation(key: $key) {\n      number\n      progress { totalCount nodes { key status date evidence reportedOn { nodes { key } } } }\n    }\n  }\n": types.ProgressOfRecommendationDocument,
    "\n  query Neighbourhood($key: String!, $depth: Int, $relationshipTypes: [String!], $direction: NeighbourDirection, $limit: Int) {\n    neighbourhood(key: $key, depth: $depth, relationshipTypes: $relationshipTypes, direction: $direction, limit: $limit) {\n      center { __typename id key name }\n      nodes { __typename id key name }\n      relationships { id type fromKey toKey sources { excerpt } }\n      truncated\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query Paths($from: String!, $to: String!, $mode: PathMode, $k: Int, $maxLength: Int, $relationshipTypes: [String!]) {\n    paths(from: $from, to: $to, mode: $mode, k: $k, maxLength: $maxLength, relationshipTypes: $relationshipTypes) {\n      length\n      nodes { __typename key name }\n      steps {\n        from { key name }\n        type\n        direction\n        to { key name }\n        sources { excerpt }\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query Timeline($from: String, $to: String, $after: String, $before: String, $types: [EntityType!], $relationshipTypes: [String!]) {\n    timeline(from: $from, to: $to, after: $after, before: $before, types: $types, relationshipTypes: $relationshipTypes) {\n      date { key name precision start end }\n      relationship\n      entity { __typename key name }\n      sources { excerpt }\n    }\n  }\n": types.TimelineDocument,
    "\n  query Search($text: String!, $types: [EntityType!], $first: Int) {\n    search(text: $text, types: $types, first: $first) {\n      match\n      score\n      entity { __typename id key name }\n    }\n  }\n": types.SearchDocument,
    "\n  query RelationshipTypes {\n    relationshipTypes { type count }\n  }\n": types.RelationshipTypesDocument,
    "\n  query RecommendationsDue($dueBy: String!) {\n    recommendations(filter: { dueBy: $dueBy }, orderBy: { by: DEADLINE }) {\n      totalCount\n      nodes {\n        key\n        number\n        text\n        dueBy { nodes { name start end } }\n        addressedTo { nodes { key name } }\n      }\n    }\n  }\n": types.RecommendationsDueDocument,
    "\n  query Suggest($prefix: String!, $types: [EntityType!], $first: Int) {\n    suggest(prefix: $prefix, types: $types, first: $first) {\n      match\n      entity { __typename key name }\n    }\n  }\n": types.SuggestDocument,
    "\n  fragment GraphEntity on Entity {\n    __typename\n    key\n    name\n    sources { excerpt document { title } }\n  }\n": types.GraphEntityFragmentDoc,
    "\n  query GraphSearch($text: String!, $first: Int) {\n    search(text: $text, first: $first) { score entity { ...GraphEntity } }\n  }\n": types.GraphSearchDocument,
    "\n  query GraphNeighbourhood($key: String!, $depth: Int, $limit: Int) {\n    neighbourhood(key: $key, depth: $depth, limit: $limit) {\n      center { ...GraphEntity }\n      nodes { ...GraphEntity }\n      relationships { id type fromKey toKey sources { excerpt document { title } } }\n      truncated\n    }\n  }\n": types.GraphNeighbourhoodDocument,
    "\n  query GraphSuggest($prefix: String!, $first: Int) {\n    suggest(prefix: $prefix, first: $first) { match entity { ...GraphEntity } }\n  }\n": types.GraphSuggestDocument,
    "\n  query GraphRecommendations($first: Int, $after: String) {\n    recommendations(first: $first, after: $after, orderBy: { by: NUMBER }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        key\n        number\n        text\n        addressedTo(first: 10) { nodes { key name } }\n        dueBy(first: 2) { nodes { key name start } }\n        recommendedIn(first: 2) { nodes { key title concerns(first: 4) { nodes { key name } } } }\n        sources { excerpt document { key title } }\n      }\n    }\n  }\n": types.GraphRecommendationsDocument,
    "\n  query GraphPath($from: String!, $to: String!, $mode: PathMode, $k: Int, $maxLength: Int) {\n    paths(from: $from, to: $to, mode: $mode, k: $k, maxLength: $maxLength) {\n      length\n      nodes { ...GraphEntity }\n      steps { from { key } to { key } type direction sources { excerpt document { title } } }\n    }\n  }\n": types.GraphPathDocument,
    "\n  query GraphTimeline($from: String, $to: String, $first: Int) {\n    timeline(from: $from, to: $to, first: $first) {\n      date { key name start precision }\n      entity { ...GraphEntity ... on Recommendation { addressedTo { nodes { name } } } }\n      relationship\n      sources { excerpt document { title } }\n    }\n  }\n": types.GraphTimelineDocument,
    "\n  query WhomDidOConnorSucceed {\n    person(key: \"denis-oconnor\") {\n      name\n      holds { nodes { name abbreviation } }\n      appointedOn { nodes { name precision start end } }\n      succeeded {\n        nodes { name }\n        edges { relationship { sources { excerpt } } }\n      }\n    }\n  }\n": types.WhomDidOConnorSucceedDocument,
    "\n  query WhenWasTheAcpoPlanIssued {\n    document(key: \"police-prevent-strategy-and-delivery-plan\") {\n      title\n      writtenBy { nodes { name abbreviation } }\n      issuedTo { nodes { name } }\n      issuedOn { nodes { key name precision start end } }\n      assessedBy { nodes { title publishedOn { nodes { name } } } }\n    }\n  }\n": types.WhenWasTheAcpoPlanIssuedDocument,
    "\n  query WhomDoesHmicInspect($first: Int, $after: String) {\n    organisation(key: \"hmic\") {\n      name\n      description\n      inspects(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { key name abbreviation kind memberCount }\n          relationship { type direction sources { excerpt document { title } } }\n        }\n      }\n    }\n  }\n": types.WhomDoesHmicInspectDocument,
    "\n  query RecommendationsAndDeadlines {\n    document(key: \"prevent-progress-and-prospects\") {\n      title\n      publishedBy { nodes { name } }\n      recommends {\n        totalCount\n        nodes {\n          key\n          number\n          text\n          addressedTo { nodes { name } }\n          dueBy { nodes { name precision start end } }\n        }\n      }\n    }\n  }\n": types.RecommendationsAndDeadlinesDocument,
    "\n  query TheFourStrands {\n    strategy(key: \"ct-strategy\") {\n      name\n      ownedBy { nodes { name } }\n      strands { totalCount nodes { key name description } }\n    }\n  }\n": types.TheFourStrandsDocument,
    "\n  query ReportFindings {\n    document(key: \"prevent-progress-and-prospects\") {\n      finds { totalCount nodes { key name text about { nodes { name } } mentions { nodes { __typename key name } } } }\n    }\n  }\n": types.ReportFindingsDocument,
    "\n  query EntityByKey($key: String!) {\n    entity(key: $key) {\n      __typename\n      id\n      key\n      name\n      sources { excerpt document { key title } }\n    }\n  }\n": types.EntityByKeyDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity { key name }\n    }\n  }\n": types.NodeByIdDocument,
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
export function graphql(source: "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      changed\n      progressUpdate {\n        id key name status date evidence\n        sources { excerpt document { key } }\n        recommendation { nodes { key } }\n        reportedOn { nodes { key name precision start end } }\n      }\n      auditRecord { key action actor actorName at changes { field before after } subjects { nodes { key } } }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      changed\n      progressUpdate {\n        id key name status date evidence\n        sources { excerpt document { key } }\n        recommendation { nodes { key } }\n        reportedOn { nodes { key name precision start end } }\n      }\n      auditRecord { key action actor actorName at changes { field before after } subjects { nodes { key } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDocument($input: AddDocumentInput!) {\n    addDocument(input: $input) {\n      changed\n      document {\n        id key title kind url reference\n        publishedBy { nodes { key } }\n        publishedOn { nodes { key precision } }\n        concerns { nodes { key } }\n        sources { excerpt document { key } }\n      }\n      auditRecord { key action changes { field before after } }\n    }\n  }\n"): (typeof documents)["\n  mutation AddDocument($input: AddDocumentInput!) {\n    addDocument(input: $input) {\n      changed\n      document {\n        id key title kind url reference\n        publishedBy { nodes { key } }\n        publishedOn { nodes { key precision } }\n        concerns { nodes { key } }\n        sources { excerpt document { key } }\n      }\n      auditRecord { key action changes { field before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkEntities($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      changed\n      from { key }\n      to { key }\n      auditRecord { key action changes { field before after } }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkEntities($input: LinkEntitiesInput!) {\n    linkEntities(input: $input) {\n      changed\n      from { key }\n      to { key }\n      auditRecord { key action changes { field before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectProperty($input: CorrectPropertyInput!) {\n    correctProperty(input: $input) {\n      changed\n      entity { key name ... on Organisation { description memberCount kind } }\n      auditRecord { key action reason changes { field before after } }\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectProperty($input: CorrectPropertyInput!) {\n    correctProperty(input: $input) {\n      changed\n      entity { key name ... on Organisation { description memberCount kind } }\n      auditRecord { key action reason changes { field before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationAuditTrail($key: String!) {\n    recommendation(key: $key) {\n      auditTrail {\n        totalCount\n        nodes { key action actor actorName at reason changes { field before after } subjects { nodes { key } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationAuditTrail($key: String!) {\n    recommendation(key: $key) {\n      auditTrail {\n        totalCount\n        nodes { key action actor actorName at reason changes { field before after } subjects { nodes { key } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressOfRecommendation($key: String!) {\n    recommendation(key: $key) {\n      number\n      progress { totalCount nodes { key status date evidence reportedOn { nodes { key } } } }\n    }\n  }\n"): (typeof documents)["\n  query ProgressOfRecommendation($key: String!) {\n    recommendation(key: $key) {\n      number\n      progress { totalCount nodes { key status date evidence reportedOn { nodes { key } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($key: String!, $depth: Int, $relationshipTypes: [String!], $direction: NeighbourDirection, $limit: Int) {\n    neighbourhood(key: $key, depth: $depth, relationshipTypes: $relationshipTypes, direction: $direction, limit: $limit) {\n      center { __typename id key name }\n      nodes { __typename id key name }\n      relationships { id type fromKey toKey sources { excerpt } }\n      truncated\n    }\n  }\n"): (typeof documents)["\n  query Neighbourhood($key: String!, $depth: Int, $relationshipTypes: [String!], $direction: NeighbourDirection, $limit: Int) {\n    neighbourhood(key: $key, depth: $depth, relationshipTypes: $relationshipTypes, direction: $direction, limit: $limit) {\n      center { __typename id key name }\n      nodes { __typename id key name }\n      relationships { id type fromKey toKey sources { excerpt } }\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: String!, $to: String!, $mode: PathMode, $k: Int, $maxLength: Int, $relationshipTypes: [String!]) {\n    paths(from: $from, to: $to, mode: $mode, k: $k, maxLength: $maxLength, relationshipTypes: $relationshipTypes) {\n      length\n      nodes { __typename key name }\n      steps {\n        from { key name }\n        type\n        direction\n        to { key name }\n        sources { excerpt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Paths($from: String!, $to: String!, $mode: PathMode, $k: Int, $maxLength: Int, $relationshipTypes: [String!]) {\n    paths(from: $from, to: $to, mode: $mode, k: $k, maxLength: $maxLength, relationshipTypes: $relationshipTypes) {\n      length\n      nodes { __typename key name }\n      steps {\n        from { key name }\n        type\n        direction\n        to { key name }\n        sources { excerpt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($from: String, $to: String, $after: String, $before: String, $types: [EntityType!], $relationshipTypes: [String!]) {\n    timeline(from: $from, to: $to, after: $after, before: $before, types: $types, relationshipTypes: $relationshipTypes) {\n      date { key name precision start end }\n      relationship\n      entity { __typename key name }\n      sources { excerpt }\n    }\n  }\n"): (typeof documents)["\n  query Timeline($from: String, $to: String, $after: String, $before: String, $types: [EntityType!], $relationshipTypes: [String!]) {\n    timeline(from: $from, to: $to, after: $after, before: $before, types: $types, relationshipTypes: $relationshipTypes) {\n      date { key name precision start end }\n      relationship\n      entity { __typename key name }\n      sources { excerpt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $types: [EntityType!], $first: Int) {\n    search(text: $text, types: $types, first: $first) {\n      match\n      score\n      entity { __typename id key name }\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!, $types: [EntityType!], $first: Int) {\n    search(text: $text, types: $types, first: $first) {\n      match\n      score\n      entity { __typename id key name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipTypes {\n    relationshipTypes { type count }\n  }\n"): (typeof documents)["\n  query RelationshipTypes {\n    relationshipTypes { type count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationsDue($dueBy: String!) {\n    recommendations(filter: { dueBy: $dueBy }, orderBy: { by: DEADLINE }) {\n      totalCount\n      nodes {\n        key\n        number\n        text\n        dueBy { nodes { name start end } }\n        addressedTo { nodes { key name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationsDue($dueBy: String!) {\n    recommendations(filter: { dueBy: $dueBy }, orderBy: { by: DEADLINE }) {\n      totalCount\n      nodes {\n        key\n        number\n        text\n        dueBy { nodes { name start end } }\n        addressedTo { nodes { key name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggest($prefix: String!, $types: [EntityType!], $first: Int) {\n    suggest(prefix: $prefix, types: $types, first: $first) {\n      match\n      entity { __typename key name }\n    }\n  }\n"): (typeof documents)["\n  query Suggest($prefix: String!, $types: [EntityType!], $first: Int) {\n    suggest(prefix: $prefix, types: $types, first: $first) {\n      match\n      entity { __typename key name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphEntity on Entity {\n    __typename\n    key\n    name\n    sources { excerpt document { title } }\n  }\n"): (typeof documents)["\n  fragment GraphEntity on Entity {\n    __typename\n    key\n    name\n    sources { excerpt document { title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphSearch($text: String!, $first: Int) {\n    search(text: $text, first: $first) { score entity { ...GraphEntity } }\n  }\n"): (typeof documents)["\n  query GraphSearch($text: String!, $first: Int) {\n    search(text: $text, first: $first) { score entity { ...GraphEntity } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphNeighbourhood($key: String!, $depth: Int, $limit: Int) {\n    neighbourhood(key: $key, depth: $depth, limit: $limit) {\n      center { ...GraphEntity }\n      nodes { ...GraphEntity }\n      relationships { id type fromKey toKey sources { excerpt document { title } } }\n      truncated\n    }\n  }\n"): (typeof documents)["\n  query GraphNeighbourhood($key: String!, $depth: Int, $limit: Int) {\n    neighbourhood(key: $key, depth: $depth, limit: $limit) {\n      center { ...GraphEntity }\n      nodes { ...GraphEntity }\n      relationships { id type fromKey toKey sources { excerpt document { title } } }\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphSuggest($prefix: String!, $first: Int) {\n    suggest(prefix: $prefix, first: $first) { match entity { ...GraphEntity } }\n  }\n"): (typeof documents)["\n  query GraphSuggest($prefix: String!, $first: Int) {\n    suggest(prefix: $prefix, first: $first) { match entity { ...GraphEntity } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphRecommendations($first: Int, $after: String) {\n    recommendations(first: $first, after: $after, orderBy: { by: NUMBER }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        key\n        number\n        text\n        addressedTo(first: 10) { nodes { key name } }\n        dueBy(first: 2) { nodes { key name start } }\n        recommendedIn(first: 2) { nodes { key title concerns(first: 4) { nodes { key name } } } }\n        sources { excerpt document { key title } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraphRecommendations($first: Int, $after: String) {\n    recommendations(first: $first, after: $after, orderBy: { by: NUMBER }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        key\n        number\n        text\n        addressedTo(first: 10) { nodes { key name } }\n        dueBy(first: 2) { nodes { key name start } }\n        recommendedIn(first: 2) { nodes { key title concerns(first: 4) { nodes { key name } } } }\n        sources { excerpt document { key title } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphPath($from: String!, $to: String!, $mode: PathMode, $k: Int, $maxLength: Int) {\n    paths(from: $from, to: $to, mode: $mode, k: $k, maxLength: $maxLength) {\n      length\n      nodes { ...GraphEntity }\n      steps { from { key } to { key } type direction sources { excerpt document { title } } }\n    }\n  }\n"): (typeof documents)["\n  query GraphPath($from: String!, $to: String!, $mode: PathMode, $k: Int, $maxLength: Int) {\n    paths(from: $from, to: $to, mode: $mode, k: $k, maxLength: $maxLength) {\n      length\n      nodes { ...GraphEntity }\n      steps { from { key } to { key } type direction sources { excerpt document { title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraphTimeline($from: String, $to: String, $first: Int) {\n    timeline(from: $from, to: $to, first: $first) {\n      date { key name start precision }\n      entity { ...GraphEntity ... on Recommendation { addressedTo { nodes { name } } } }\n      relationship\n      sources { excerpt document { title } }\n    }\n  }\n"): (typeof documents)["\n  query GraphTimeline($from: String, $to: String, $first: Int) {\n    timeline(from: $from, to: $to, first: $first) {\n      date { key name start precision }\n      entity { ...GraphEntity ... on Recommendation { addressedTo { nodes { name } } } }\n      relationship\n      sources { excerpt document { title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhomDidOConnorSucceed {\n    person(key: \"denis-oconnor\") {\n      name\n      holds { nodes { name abbreviation } }\n      appointedOn { nodes { name precision start end } }\n      succeeded {\n        nodes { name }\n        edges { relationship { sources { excerpt } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhomDidOConnorSucceed {\n    person(key: \"denis-oconnor\") {\n      name\n      holds { nodes { name abbreviation } }\n      appointedOn { nodes { name precision start end } }\n      succeeded {\n        nodes { name }\n        edges { relationship { sources { excerpt } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhenWasTheAcpoPlanIssued {\n    document(key: \"police-prevent-strategy-and-delivery-plan\") {\n      title\n      writtenBy { nodes { name abbreviation } }\n      issuedTo { nodes { name } }\n      issuedOn { nodes { key name precision start end } }\n      assessedBy { nodes { title publishedOn { nodes { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query WhenWasTheAcpoPlanIssued {\n    document(key: \"police-prevent-strategy-and-delivery-plan\") {\n      title\n      writtenBy { nodes { name abbreviation } }\n      issuedTo { nodes { name } }\n      issuedOn { nodes { key name precision start end } }\n      assessedBy { nodes { title publishedOn { nodes { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhomDoesHmicInspect($first: Int, $after: String) {\n    organisation(key: \"hmic\") {\n      name\n      description\n      inspects(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { key name abbreviation kind memberCount }\n          relationship { type direction sources { excerpt document { title } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhomDoesHmicInspect($first: Int, $after: String) {\n    organisation(key: \"hmic\") {\n      name\n      description\n      inspects(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          cursor\n          node { key name abbreviation kind memberCount }\n          relationship { type direction sources { excerpt document { title } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationsAndDeadlines {\n    document(key: \"prevent-progress-and-prospects\") {\n      title\n      publishedBy { nodes { name } }\n      recommends {\n        totalCount\n        nodes {\n          key\n          number\n          text\n          addressedTo { nodes { name } }\n          dueBy { nodes { name precision start end } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationsAndDeadlines {\n    document(key: \"prevent-progress-and-prospects\") {\n      title\n      publishedBy { nodes { name } }\n      recommends {\n        totalCount\n        nodes {\n          key\n          number\n          text\n          addressedTo { nodes { name } }\n          dueBy { nodes { name precision start end } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TheFourStrands {\n    strategy(key: \"ct-strategy\") {\n      name\n      ownedBy { nodes { name } }\n      strands { totalCount nodes { key name description } }\n    }\n  }\n"): (typeof documents)["\n  query TheFourStrands {\n    strategy(key: \"ct-strategy\") {\n      name\n      ownedBy { nodes { name } }\n      strands { totalCount nodes { key name description } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFindings {\n    document(key: \"prevent-progress-and-prospects\") {\n      finds { totalCount nodes { key name text about { nodes { name } } mentions { nodes { __typename key name } } } }\n    }\n  }\n"): (typeof documents)["\n  query ReportFindings {\n    document(key: \"prevent-progress-and-prospects\") {\n      finds { totalCount nodes { key name text about { nodes { name } } mentions { nodes { __typename key name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityByKey($key: String!) {\n    entity(key: $key) {\n      __typename\n      id\n      key\n      name\n      sources { excerpt document { key title } }\n    }\n  }\n"): (typeof documents)["\n  query EntityByKey($key: String!) {\n    entity(key: $key) {\n      __typename\n      id\n      key\n      name\n      sources { excerpt document { key title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity { key name }\n    }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Entity { key name }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;