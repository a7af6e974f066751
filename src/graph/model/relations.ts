// The relationships of the graph, one line each: the GraphQL schema (fields on both ends, their
// arguments, connections and costs), the Cypher translator, the data load and the benchmark's type
// definitions all read this list, so a relationship is declared once, here.
import { ENTITY_TYPES, type EntityType } from './entities.js';

/** Target of a relationship field: one concrete type, or any entity (served as the `Entity` interface). */
export type Target = EntityType | 'Entity';

export interface RelationSpec {
  /** The Neo4j relationship type. */
  type: string;
  from: readonly EntityType[];
  to: readonly EntityType[];
  /** Field on the `from` types that follows the relationship outwards. */
  outField: string;
  /** Field on the `to` types that follows it back. */
  inField: string;
  description: string;
}

const r = (
  type: string,
  from: EntityType | EntityType[],
  to: EntityType | EntityType[],
  outField: string,
  inField: string,
  description: string,
): RelationSpec => ({
  type,
  from: Array.isArray(from) ? from : [from],
  to: Array.isArray(to) ? to : [to],
  outField,
  inField,
  description,
});

export const RELATIONS: readonly RelationSpec[] = [
  r('PUBLISHED', 'Organisation', 'Document', 'published', 'publishedBy', 'An organisation published a document.'),
  r('WROTE', 'Organisation', 'Document', 'wrote', 'writtenBy', 'An organisation wrote a document.'),
  r('ANNOUNCES', 'Document', 'Document', 'announces', 'announcedBy', 'A press release announces a report.'),
  r(
    'ASSESSES',
    'Document',
    'Document',
    'assesses',
    'assessedBy',
    'A report assesses progress against another document.',
  ),
  r('CONCERNS', 'Document', 'Strand', 'concerns', 'concernedBy', 'A document is about a strand of the strategy.'),
  r('SUPPORTS', 'Document', 'Strand', 'supports', 'supportedBy', 'A document outlines support for a strand.'),
  r(
    'ISSUED_TO',
    'Document',
    'Organisation',
    'issuedTo',
    'documentsReceived',
    'A document was issued to an organisation.',
  ),
  r(
    'PUBLISHED_ON',
    'Document',
    'CalendarDate',
    'publishedOn',
    'documentsPublished',
    'The date a document was published.',
  ),
  r('ISSUED_ON', 'Document', 'CalendarDate', 'issuedOn', 'documentsIssued', 'The date a document was issued.'),
  r('QUOTES', 'Document', 'Statement', 'quotes', 'quotedIn', 'A document quotes a statement.'),
  r('FINDS', 'Document', 'Finding', 'finds', 'foundIn', 'A report states a finding.'),
  r('RECOMMENDS', 'Document', 'Recommendation', 'recommends', 'recommendedIn', 'A report makes a recommendation.'),
  r(
    'ADDRESSED_TO',
    'Recommendation',
    'Organisation',
    'addressedTo',
    'recommendationsReceived',
    'Whom a recommendation is addressed to.',
  ),
  r('DUE_BY', 'Recommendation', 'CalendarDate', 'dueBy', 'recommendationsDue', 'The deadline of a recommendation.'),
  r(
    'SUPPORTED_BY',
    'Recommendation',
    'Finding',
    'supportedBy',
    'supportsRecommendations',
    'A finding that is evidence for a recommendation (a reading: see the relationship’s basis and rationale).',
  ),
  r('ABOUT', 'Finding', 'Organisation', 'about', 'findingsAbout', 'The bodies a finding is about.'),
  r('OWNS', 'Organisation', 'Strategy', 'owns', 'ownedBy', 'Whose strategy it is.'),
  r('PART_OF', 'Strand', 'Strategy', 'partOf', 'strands', 'A strand is part of the strategy.'),
  r('ADDRESSES', 'Strand', 'Concept', 'addresses', 'addressedBy', 'What a strand sets out to stop.'),
  r('INSPECTS', 'Organisation', 'Organisation', 'inspects', 'inspectedBy', 'An inspectorate inspects a policing body.'),
  r(
    'REGULATES',
    'Organisation',
    'Organisation',
    'regulates',
    'regulatedBy',
    'An inspectorate regulates a policing body.',
  ),
  r('POST_AT', 'Post', 'Organisation', 'organisation', 'posts', 'The organisation a post heads.'),
  r('HOLDS', 'Person', 'Post', 'holds', 'holders', 'A person holds a post.'),
  r('HELD', 'Person', 'Post', 'held', 'formerHolders', 'A person held a post before.'),
  r(
    'APPOINTED_ON',
    'Person',
    'CalendarDate',
    'appointedOn',
    'appointments',
    'When a person was appointed to their post.',
  ),
  r('SUCCEEDED', 'Person', 'Person', 'succeeded', 'succeededBy', 'A person took over a role from another.'),
  r('STATED', 'Person', 'Statement', 'stated', 'statedBy', 'A person made a statement.'),
  r(
    'MENTIONS',
    ['Document', 'Statement', 'Finding', 'Recommendation'],
    ['Concept', 'Organisation', 'Strand'],
    'mentions',
    'mentionedBy',
    'A text mentions a concept, a body or a strand, in the words of its source.',
  ),
  r(
    'HAS_PROGRESS',
    'Recommendation',
    'ProgressUpdate',
    'progress',
    'recommendation',
    'Progress a curator recorded on a recommendation.',
  ),
  r(
    'REPORTED_ON',
    'ProgressUpdate',
    'CalendarDate',
    'reportedOn',
    'progressReported',
    'The date a progress update speaks for.',
  ),
  r(
    'AUDITS',
    'AuditRecord',
    // Not dates: a date is not changed by a curation, and AUDITS must not make it a dated event.
    ENTITY_TYPES.filter((t) => t !== 'AuditRecord' && t !== 'CalendarDate'),
    'subjects',
    'auditTrail',
    'A curator’s change to an entity, as its audit record keeps it.',
  ),
];

/** Relationships that only their own curation mutation writes; `linkEntities` may not make them. */
export const MANAGED_RELATIONS: ReadonlySet<string> = new Set(['HAS_PROGRESS', 'REPORTED_ON', 'AUDITS']);
