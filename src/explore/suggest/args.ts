// The arguments of `suggest`, with their defaults (see ../args.ts).
import { ArgsType, Field, Int } from 'type-graphql';
import type { EntityType } from '../../graph/model.js';
import { EntityTypeEnum } from '../../schema/entity-type.enum.js';

@ArgsType()
export class SuggestArgs {
  @Field(() => String)
  prefix!: string;

  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Only entities of these types.' })
  types?: EntityType[] | null;

  @Field(() => Int, { nullable: true, description: 'How many, at most 20.' })
  first: number = 8;
}
