// The domain's object types and the Entity interface all share. Each type's class is built from the
// model table (src/graph/model/entities.ts): its scalar properties become fields here, and its
// relationship fields are added by relation-fields.ts, so both ends of a relationship always exist.
// Fields the table cannot describe (a list of objects) are declared in `SPECIAL_FIELDS`.
import { Field, ID, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';
import { ENTITIES, ENTITY_TYPES, type EntityType, type ScalarName } from '../graph/model.js';
import { AuditChange } from './audit-change.type.js';
import { atMost, MAX_SOURCES } from './complexity.js';
import { Basis, ENUMS } from './entity.enums.js';
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

const SCALARS: Record<ScalarName, () => unknown> = {
  String: () => String,
  Int: () => Int,
  ...(Object.fromEntries(Object.entries(ENUMS).map(([name, values]) => [name, () => values])) as Record<
    keyof typeof ENUMS,
    () => unknown
  >),
};

/** Fields of a type beyond its scalar properties, applied to its prototype. */
const SPECIAL_FIELDS: Partial<Record<EntityType, (prototype: object) => void>> = {
  AuditRecord: (prototype) => Field(() => [AuditChange])(prototype, 'changes'),
};

function entityClass(type: EntityType): ClassType {
  // Named after the type, as a hand-written `class Organisation extends Entity {}` would be.
  const made = { [type]: class extends Entity {} }[type]!;
  const spec = ENTITIES[type];
  for (const [name, { type: scalar, nullable, description }] of Object.entries(spec.properties)) {
    Field(SCALARS[scalar] as () => never, { nullable: nullable || undefined, description })(made.prototype, name);
  }
  SPECIAL_FIELDS[type]?.(made.prototype);
  ObjectType(type, { ...implementsEntity, description: spec.description })(made);
  return made as ClassType;
}

/** Every entity type's GraphQL class, keyed by the model's type name. */
export const ENTITY_CLASSES: Record<EntityType, ClassType> = Object.fromEntries(
  ENTITY_TYPES.map((type) => [type, entityClass(type)]),
) as Record<EntityType, ClassType>;

@ObjectType({ description: 'Where a fact comes from: a document and the exact words in it that state the fact.' })
export class Source {
  @Field(() => ENTITY_CLASSES.Document, { description: 'The document that states the fact.' })
  document!: unknown;

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
