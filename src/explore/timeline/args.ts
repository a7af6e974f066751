// The arguments of `timeline`, with their defaults (see ../args.ts).
import { ArgsType, Field, Int } from 'type-graphql';
import type { EntityType } from '../../graph/model.js';
import { EntityTypeEnum } from '../../schema/entity-type.enum.js';

@ArgsType()
export class TimelineArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Events on or after the start of this year, month or day (`2008-04`).',
  })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Events on or before the end of this period (`2010-03`).' })
  to?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Events after this period ends, or after the latest date of the entity with this key.',
  })
  after?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Events before this period begins, or before the earliest date of the entity with this key.',
  })
  before?: string | null;

  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Only events of entities of these types.' })
  types?: EntityType[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only these dating relationships: APPOINTED_ON, DUE_BY, ISSUED_ON, PUBLISHED_ON.',
  })
  relationshipTypes?: string[] | null;

  @Field(() => Int, { nullable: true })
  first: number = 50;
}
