// A property an entity carries as a reading of its source (`Entity.inferences`), with the rationale.
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A property whose value is a reading of the source, not its words.' })
export class PropertyInference {
  @Field(() => String)
  property!: string;

  @Field(() => String)
  rationale!: string;

  @Field(() => String, { description: '`loader` (the claims file) or a curator.' })
  inferredBy!: string;
}
