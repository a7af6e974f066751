// How many relationships of one type there are: in the whole graph (`relationshipTypes`) or around
// one entity (`Entity.relationshipCounts`). Apart from the entity types so that Entity can use it.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A relationship type and how many relationships of it there are.' })
export class RelationshipTypeCount {
  @Field(() => String, { description: 'The relationship type, such as `INSPECTS`.' })
  type!: string;

  @Field(() => Int)
  count!: number;
}
