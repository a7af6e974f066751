// One value a curation changed, as an audit record keeps it (`AuditRecord.changes`).
import { Field, ObjectType } from 'type-graphql';

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
