// The arguments of `search`, with their defaults (see ../args.ts).
import { ArgsType, Field, Int } from 'type-graphql';
import type { EntityType } from '../../graph/model.js';
import { EntityTypeEnum } from '../../schema/entity-type.enum.js';

@ArgsType()
export class SearchArgs {
  @Field(() => String)
  text!: string;

  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Only entities of these types.' })
  types?: EntityType[] | null;

  @Field(() => Int, { nullable: true })
  first: number = 10;
}
