// The entity types, one entry each: root field names, description, schema.org class and scalar
// properties. The GraphQL classes (src/schema/entity.types.ts), the full-text index, the export and
// the benchmark's type definitions are all built from this table, so a new type is declared here.
// Fields every entity has (key, name, sources, basis, …) are the `Entity` interface's, not listed.

/** The enums a property can take; their values are declared with the GraphQL enums (src/schema/entity.enums.ts). */
export type EnumName = 'OrganisationKind' | 'DocumentKind' | 'DatePrecision' | 'ProgressStatus' | 'CurationAction';
export type ScalarName = 'String' | 'Int' | EnumName;

export interface PropertySpec {
  type: ScalarName;
  nullable: boolean;
  description?: string;
}

export interface EntitySpec {
  /** The root fields: a lookup by key and a list (`organisation(key:)`, `organisations`). */
  root: readonly [single: string, plural: string];
  description: string;
  /** The schema.org class closest to the type, for the JSON-LD export; null for none. */
  schemaOrg: string | null;
  /** Written by curators (src/curation/), not by the source load, and not searched as text. */
  curated?: true;
  properties: Readonly<Record<string, PropertySpec>>;
}

const required = (type: ScalarName, description?: string): PropertySpec => ({ type, nullable: false, description });
const optional = (type: ScalarName, description?: string): PropertySpec => ({ type, nullable: true, description });

const TABLE = {
  Organisation: {
    root: ['organisation', 'organisations'],
    description: 'A body: inspectorate, association, police force or group of forces, government, partners.',
    schemaOrg: 'schema:Organization',
    properties: {
      kind: required('OrganisationKind'),
      abbreviation: optional('String', 'Short form, such as `PSNI`.'),
      description: optional('String'),
      infoUrl: optional('String', 'Where to find more about the organisation, as the source gives it.'),
      memberCount: optional('Int', 'For a group of bodies, how many it has (the 43 forces).'),
    },
  },
  Person: {
    root: ['person', 'people'],
    description: 'A person named in the source.',
    schemaOrg: 'schema:Person',
    properties: { honorific: optional('String') },
  },
  Post: {
    root: ['post', 'posts'],
    description: 'An office a person holds, such as HM Chief Inspector of Constabulary.',
    schemaOrg: 'schema:Role',
    properties: { abbreviation: optional('String') },
  },
  Strategy: {
    root: ['strategy', 'strategies'],
    description: 'The government’s counter-terrorism strategy.',
    schemaOrg: 'schema:CreativeWork',
    properties: { description: optional('String') },
  },
  Strand: {
    root: ['strand', 'strands'],
    description: 'One of the four strands (the four P’s) of the strategy.',
    schemaOrg: 'schema:Intangible',
    properties: { description: required('String', 'The one-line description the source gives.') },
  },
  Document: {
    root: ['document', 'documents'],
    description: 'A press release, report or delivery plan.',
    schemaOrg: 'schema:CreativeWork',
    properties: {
      kind: required('DocumentKind'),
      title: required('String', 'The document’s title (same as `name`).'),
      reference: optional('String', 'Reference number, such as `#002/2009`.'),
      url: optional('String', 'Where the document can be viewed, as the source gives it.'),
      mediaContact: optional('String', 'Whom to call about the document.'),
      description: optional('String'),
      text: optional(
        'String',
        'The document’s full text as shipped, when its claims were loaded from a folder; source offsets index it.',
      ),
      attribution: optional('String', 'Author and copyright line of the shipped text.'),
      licence: optional('String', 'Licence of the shipped text.'),
    },
  },
  Recommendation: {
    root: ['recommendation', 'recommendations'],
    description: 'A recommendation of a report.',
    schemaOrg: 'schema:Intangible',
    properties: { number: required('Int', 'Its position in the source’s list.'), text: required('String') },
  },
  Finding: {
    root: ['finding', 'findings'],
    description: 'A finding of a report.',
    schemaOrg: 'schema:Claim',
    properties: { text: required('String') },
  },
  Statement: {
    root: ['statement', 'statements'],
    description: 'A quoted statement.',
    schemaOrg: 'schema:Quotation',
    properties: { text: required('String') },
  },
  Concept: {
    root: ['concept', 'concepts'],
    description: 'An idea the text turns on, such as violent extremism.',
    schemaOrg: 'schema:DefinedTerm',
    properties: { description: optional('String') },
  },
  CalendarDate: {
    root: ['calendarDate', 'calendarDates'],
    description: 'A date at the precision the source gives: a day, a month or a year.',
    schemaOrg: 'schema:Intangible',
    properties: {
      precision: required('DatePrecision'),
      year: required('Int'),
      month: optional('Int'),
      day: optional('Int'),
      start: required('String', 'First day the date covers (ISO 8601), e.g. `2008-04-01` for April 2008.'),
      end: required('String', 'Last day the date covers (ISO 8601), e.g. `2008-04-30` for April 2008.'),
    },
  },
  ProgressUpdate: {
    root: ['progressUpdate', 'progressUpdates'],
    description: 'Progress on a recommendation as of a date, recorded by a curator from a source.',
    schemaOrg: 'schema:Intangible',
    curated: true,
    properties: {
      status: required('ProgressStatus'),
      date: required('String', 'The date it speaks for (ISO 8601: a day, a month or a year).'),
      evidence: required('String', 'The evidence, in the words of its source (also the excerpt in `sources`).'),
    },
  },
  AuditRecord: {
    root: ['auditRecord', 'auditRecords'],
    description: 'Who changed what, when, and the values before; written with every curation, in its transaction.',
    schemaOrg: null,
    curated: true,
    // Its `changes` (a list of objects) is declared in src/schema/entity.types.ts.
    properties: {
      action: required('CurationAction'),
      actor: optional(
        'String',
        'The subject (`sub` claim) of the curator’s token; null unless the reader is a curator or the server sets AUDIT_ACTORS=public.',
      ),
      actorName: optional('String', 'The curator’s name, when the token gives one.'),
      at: required('String', 'When the change was made (ISO 8601, UTC).'),
      reason: optional('String', 'Why, in the curator’s words (given with corrections).'),
    },
  },
} as const satisfies Record<string, EntitySpec>;

export type EntityType = keyof typeof TABLE;

export const ENTITIES: Readonly<Record<EntityType, EntitySpec>> = TABLE;

export const ENTITY_TYPES = Object.keys(TABLE) as readonly EntityType[];
