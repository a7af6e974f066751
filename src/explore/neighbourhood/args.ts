// The arguments of `neighbourhood`, with their defaults (see ../args.ts).
import { ArgsType, Field, Int } from 'type-graphql';
import { relationshipTypes } from '../args.js';
import { NeighbourDirection } from './types.js';

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => String)
  key!: string;

  @Field(() => Int, { nullable: true, description: 'Hops from the center, 1 to 3.' })
  depth: number = 1;

  @Field(() => [String], relationshipTypes)
  relationshipTypes?: string[] | null;

  @Field(() => NeighbourDirection, { nullable: true })
  direction: NeighbourDirection = NeighbourDirection.BOTH;

  @Field(() => Int, { nullable: true, description: 'Most neighbours to return besides the center (at most 200).' })
  limit: number = 50;
}
