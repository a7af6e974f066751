// Read operations that together ask every root field of the schema, the explorations among them at
// their heaviest settings (depth-3 neighbourhoods, K_PATHS, wide searches and timelines). The soak,
// the overload run and the memory regression test send them; a test checks that every root field is
// here and that each operation is valid. An entity type none of the written operations asks for gets
// a plain lookup and list from the model.
import { parse, type GraphQLSchema } from 'graphql';
import { ENTITY_TYPES, ROOT_NAMES } from '../../src/graph/model.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/server/limits.js';
import { operationCost } from '../../src/server/query-cost.js';
const WRITTEN: readonly string[] = [
  'query MixOrganisation { organisation(key: "hmic") { name inspects { nodes { name abbreviation } } published { nodes { title } } } }',
  'query MixOrganisations { organisations(first: 50) { totalCount nodes { key name inspectedBy { nodes { name } } } } }',
  'query MixRecommendations { recommendations { nodes { number text addressedTo { nodes { name } } dueBy { nodes { name start } } progress { totalCount } } } }',
  'query MixRecommendation { recommendation(key: "rec-2009-3") { text recommendedIn { nodes { title } } mentions { nodes { name } } } }',
  'query MixPerson { person(key: "denis-oconnor") { name holds { nodes { name } } succeeded { nodes { name } } stated { nodes { text } } } }',
  'query MixPeople { people { nodes { name appointedOn { nodes { name } } } } }',
  'query MixStrands { strands { nodes { name description partOf { nodes { name } } } } }',
  'query MixStrand { strand(key: "prevent") { name concernedBy { nodes { title } } addresses { nodes { name } } } }',
  'query MixDocument { document(key: "prevent-progress-and-prospects") { title finds { totalCount nodes { text sources { excerpt } } } recommends { totalCount } } }',
  'query MixDocuments { documents(first: 50, orderBy: { by: DATE, direction: DESC }) { nodes { key title publishedOn { nodes { name } } } } }',
  'query MixNode { node(id: "T3JnYW5pc2F0aW9uOnBzbmk") { id ... on Organisation { name inspectedBy { nodes { name } } } } }',
  'query MixNodes { nodes(ids: ["T3JnYW5pc2F0aW9uOnBzbmk", "T3JnYW5pc2F0aW9uOmhtaWM"]) { id ... on Organisation { name } } }',
  'query MixEntity { entity(key: "soca") { key name relationshipCounts { type count } } }',
  'query MixConcept { concept(key: "radicalisers") { name mentionedBy { nodes { name } } } }',
  'query MixConcepts { concepts { nodes { name addressedBy { nodes { name } } } } }',
  'query MixFinding { finding(key: "finding-maturity") { text foundIn { nodes { title } } about { nodes { name } } } }',
  'query MixFindings { findings { nodes { text mentions { nodes { name } } } } }',
  'query MixStatement { statement(key: "statement-oconnor-conclusion") { text statedBy { nodes { name } } } }',
  'query MixStatements { statements { nodes { text quotedIn { nodes { title } } } } }',
  'query MixPost { post(key: "hmcic") { name holders { nodes { name } } formerHolders { nodes { name } } } }',
  'query MixPosts { posts { nodes { name organisation { nodes { name } } } } }',
  'query MixStrategy { strategy(key: "ct-strategy") { name strands { nodes { name } } ownedBy { nodes { name } } } }',
  'query MixStrategies { strategies { nodes { name description } } }',
  'query MixCalendarDate { calendarDate(key: "2010-03") { name recommendationsDue { nodes { number } } } }',
  'query MixCalendarDates { calendarDates(first: 50) { nodes { key precision start end } } }',
  'query MixProgressUpdates { progressUpdates(first: 20) { totalCount nodes { key status recommendation { nodes { number } } } } }',
  'query MixProgressUpdate { progressUpdate(key: "progress-rec-2009-1-2009-10") { key status } }',
  'query MixAuditRecords { auditRecords(first: 20) { totalCount nodes { key action at changes { field } } } }',
  'query MixAuditRecord { auditRecord(key: "audit-none") { key } }',
  'query MixRelationshipTypes { relationshipTypes { type count } }',
  'query MixNeighbourhood { neighbourhood(key: "hmic", depth: 3, limit: 200) { truncated nodes { key name } relationships { type fromKey toKey sources { excerpt } } } }',
  'query MixPaths { paths(from: "psni", to: "vulnerable-people", mode: K_PATHS, k: 10, maxLength: 6) { length nodes { key name } steps { type direction sources { excerpt } } } }',
  'query MixShortestPaths { paths(from: "soca", to: "radicalisers", mode: ALL_SHORTEST) { length nodes { key } } }',
  'query MixSearch { search(text: "police forces", first: 50) { score entity { key name } } }',
  'query MixSuggest { suggest(prefix: "pol", first: 10) { match entity { key name } } }',
  'query MixTimeline { timeline(first: 100) { relationship date { key } entity { key name } sources { excerpt } } }',
];

const asked = (field: string) => WRITTEN.some((q) => new RegExp(`[{] ${field}[ (]`).test(q));

export const READ_MIX: readonly string[] = [
  ...WRITTEN,
  ...ENTITY_TYPES.flatMap((type) => {
    const [single, plural] = ROOT_NAMES[type];
    return [
      ...(asked(single) ? [] : [`query Mix_${single} { ${single}(key: "${single}") { key name } }`]),
      ...(asked(plural) ? [] : [`query Mix_${plural} { ${plural}(first: 20) { totalCount nodes { key name } } }`]),
    ];
  }),
];

/** A lookup that costs one round trip and a handful of entities: the client that must not starve. */
export const CHEAP_LOOKUP = 'query CheapLookup { organisation(key: "hmic") { name abbreviation } }';

/**
 * The heaviest operation within the default limits: `aliases` copies of K_PATHS between two entities
 * far apart, k = 10 at the longest path length, each path with its entities and the excerpts of its
 * steps.
 */
export function heavyPaths(aliases: number): string {
  const one = (i: number) =>
    `p${i}: paths(from: "psni", to: "vulnerable-people", mode: K_PATHS, k: 10, maxLength: 6) { length nodes { key name } steps { type direction from { key } to { key } sources { excerpt } } }`;
  return `query HeavyPaths { ${Array.from({ length: aliases }, (_, i) => one(i)).join(' ')} }`;
}

/** The cost the API gives an operation (src/server/query-cost.ts), with the default page sizes. */
export function costOf(schema: GraphQLSchema, source: string): number {
  return operationCost(schema, parse(source), undefined, undefined, { defaultPageSize: 20, maxPageSize: 100 });
}

/** The most aliases (up to the alias limit) for which `heavyPaths` stays within the cost limit. */
export function heaviestLegalAliases(schema: GraphQLSchema, limits: Limits = DEFAULT_LIMITS): number {
  let aliases = limits.maxAliases;
  while (aliases > 1 && costOf(schema, heavyPaths(aliases)) > limits.maxCost) aliases--;
  return aliases;
}
