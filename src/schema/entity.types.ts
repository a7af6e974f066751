// The domain's object types from the source documents, and the Entity interface all share. Scalar
// fields are declared here; relationship fields are added to these classes from the model table by
// relation-fields.ts, so both ends of a relationship always exist. Curators' own types are in
// curated.types.ts, the enums in entity.enums.ts.
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { atMost, MAX_SOURCES } from './complexity.js';
import { Basis, DatePrecision, DocumentKind, OrganisationKind } from './entity.enums.js';
import { PropertyInference } from './property-inference.type.js';
import { RelationshipTypeCount } from './relationship-count.type.js';

@InterfaceType({ description: 'An object with a global ID (Relay).' })
export abstract class Node {
  @Field(() => ID, { description: 'Global, opaque ID; pass it to `node(id:)`.' })
  id!: string;
}

@InterfaceType({
  implements: [Node],
  description: 'Any entity of the knowledge graph.',
})
export abstract class Entity implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable, human-readable key, such as `hmic` or `rec-2009-3`.' })
  key!: string;

  @Field(() => String, { description: 'Display name or title.' })
  name!: string;

  @Field(() => [Source], {
    complexity: atMost(MAX_SOURCES),
    description: 'The documents and excerpts that state this entity.',
  })
  sources!: Source[];

  @Field(() => Basis, {
    description:
      '`STATED` when its sources say it in so many words; `INFERRED` when it is a reading of them (see `basisRationale`).',
  })
  basis!: Basis;

  @Field(() => String, { nullable: true, description: 'Why the reading holds, in one line (INFERRED only).' })
  basisRationale?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who inferred it: `loader` (the document’s claims file) or a curator (see `auditTrail`).',
  })
  inferredBy?: string;

  @Field(() => [PropertyInference], {
    description: 'Properties the text does not state in so many words, each with its rationale.',
  })
  inferences!: PropertyInference[];

  @Field(() => [RelationshipTypeCount], {
    description:
      'How many relationships of each type the entity has, both directions, by type; types it has none of are left out.',
  })
  relationshipCounts!: RelationshipTypeCount[];
}

export const implementsEntity = { implements: [Node, Entity] };

@ObjectType({
  ...implementsEntity,
  description: 'A body: inspectorate, association, police force or group of forces, government, partners.',
})
export class Organisation extends Entity {
  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Short form, such as `PSNI`.' })
  abbreviation?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where to find more about the organisation, as the source gives it.',
  })
  infoUrl?: string;

  @Field(() => Int, { nullable: true, description: 'For a group of bodies, how many it has (the 43 forces).' })
  memberCount?: number;
}

@ObjectType({ ...implementsEntity, description: 'A person named in the source.' })
export class Person extends Entity {
  @Field(() => String, { nullable: true })
  honorific?: string;
}

@ObjectType({
  ...implementsEntity,
  description: 'An office a person holds, such as HM Chief Inspector of Constabulary.',
})
export class Post extends Entity {
  @Field(() => String, { nullable: true })
  abbreviation?: string;
}

@ObjectType({ ...implementsEntity, description: 'The government’s counter-terrorism strategy.' })
export class Strategy extends Entity {
  @Field(() => String, { nullable: true })
  description?: string;
}

@ObjectType({ ...implementsEntity, description: 'One of the four strands (the four P’s) of the strategy.' })
export class Strand extends Entity {
  @Field(() => String, { description: 'The one-line description the source gives.' })
  description!: string;
}

@ObjectType({ ...implementsEntity, description: 'A press release, report or delivery plan.' })
export class Document extends Entity {
  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => String, { description: 'The document’s title (same as `name`).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Reference number, such as `#002/2009`.' })
  reference?: string;

  @Field(() => String, { nullable: true, description: 'Where the document can be viewed, as the source gives it.' })
  url?: string;

  @Field(() => String, { nullable: true, description: 'Whom to call about the document.' })
  mediaContact?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The document’s full text as shipped, when its claims were loaded from a folder; source offsets index it.',
  })
  text?: string;

  @Field(() => String, { nullable: true, description: 'Author and copyright line of the shipped text.' })
  attribution?: string;

  @Field(() => String, { nullable: true, description: 'Licence of the shipped text.' })
  licence?: string;
}

@ObjectType({ ...implementsEntity, description: 'A recommendation of a report.' })
export class Recommendation extends Entity {
  @Field(() => Int, { description: 'Its position in the source’s list.' })
  number!: number;

  @Field(() => String)
  text!: string;
}

@ObjectType({ ...implementsEntity, description: 'A finding of a report.' })
export class Finding extends Entity {
  @Field(() => String)
  text!: string;
}

@ObjectType({ ...implementsEntity, description: 'A quoted statement.' })
export class Statement extends Entity {
  @Field(() => String)
  text!: string;
}

@ObjectType({ ...implementsEntity, description: 'An idea the text turns on, such as violent extremism.' })
export class Concept extends Entity {
  @Field(() => String, { nullable: true })
  description?: string;
}

@ObjectType({ ...implementsEntity, description: 'A date at the precision the source gives: a day, a month or a year.' })
export class CalendarDate extends Entity {
  @Field(() => DatePrecision)
  precision!: DatePrecision;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  month?: number;

  @Field(() => Int, { nullable: true })
  day?: number;

  @Field(() => String, { description: 'First day the date covers (ISO 8601), e.g. `2008-04-01` for April 2008.' })
  start!: string;

  @Field(() => String, { description: 'Last day the date covers (ISO 8601), e.g. `2008-04-30` for April 2008.' })
  end!: string;
}

// Declared after Document: emitted decorator metadata names the class at definition time.
@ObjectType({ description: 'Where a fact comes from: a document and the exact words in it that state the fact.' })
export class Source {
  @Field(() => Document, { description: 'The document that states the fact.' })
  document!: Document;

  @Field(() => String, { description: 'The exact excerpt of the document, verbatim.' })
  excerpt!: string;

  @Field(() => String, {
    description: 'The excerpt (W3C Web Annotation TextQuoteSelector `exact`; same as `excerpt`).',
  })
  exact!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'About 32 characters of the text just before the excerpt (TextQuoteSelector `prefix`); null when it cannot be located.',
  })
  prefix?: string;

  @Field(() => String, {
    nullable: true,
    description: 'About 32 characters just after it (TextQuoteSelector `suffix`).',
  })
  suffix?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Offset of its first character in `Document.text`, in Unicode code points (TextPositionSelector `start`).',
  })
  start?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Offset just past its last character (TextPositionSelector `end`).',
  })
  end?: number;
}
