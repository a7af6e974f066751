// The entity types curators write (src/curation/): progress on a recommendation, and the audit record
// every curation leaves in its transaction.
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CurationAction } from '../curation/curation-action.js';
import { Entity, implementsEntity } from './entity.types.js';

export enum ProgressStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  MET = 'MET',
  NOT_MET = 'NOT_MET',
}
registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description: 'How far a recommendation has been carried out.',
});

@ObjectType({
  ...implementsEntity,
  description: 'Progress on a recommendation as of a date, recorded by a curator from a source.',
})
export class ProgressUpdate extends Entity {
  @Field(() => ProgressStatus)
  status!: ProgressStatus;

  @Field(() => String, { description: 'The date it speaks for (ISO 8601: a day, a month or a year).' })
  date!: string;

  @Field(() => String, { description: 'The evidence, in the words of its source (also the excerpt in `sources`).' })
  evidence!: string;
}

@ObjectType({ description: 'One value a curation changed.' })
export class AuditChange {
  @Field(() => String, {
    description: 'What changed: a property (`status`) or a relationship (`-[:CONCERNS]->prevent`).',
  })
  field!: string;

  @Field(() => String, { description: 'The value before, as JSON text (`null` when there was none).' })
  before!: string;

  @Field(() => String, { description: 'The value after, as JSON text.' })
  after!: string;
}

@ObjectType({
  ...implementsEntity,
  description: 'Who changed what, when, and the values before; written with every curation, in its transaction.',
})
export class AuditRecord extends Entity {
  @Field(() => CurationAction)
  action!: CurationAction;

  @Field(() => String, {
    nullable: true,
    description:
      'The subject (`sub` claim) of the curator’s token; null unless the reader is a curator or the server sets AUDIT_ACTORS=public.',
  })
  actor?: string;

  @Field(() => String, { nullable: true, description: 'The curator’s name, when the token gives one.' })
  actorName?: string;

  @Field(() => String, { description: 'When the change was made (ISO 8601, UTC).' })
  at!: string;

  @Field(() => String, { nullable: true, description: 'Why, in the curator’s words (given with corrections).' })
  reason?: string;

  @Field(() => [AuditChange])
  changes!: AuditChange[];
}
