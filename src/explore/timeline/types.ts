// What `timeline` returns: dated events.
import { Field, ObjectType } from 'type-graphql';
import { atMost, MAX_SOURCES } from '../../schema/complexity.js';
import { ENTITY_CLASSES, Entity, Source } from '../../schema/entity.types.js';

@ObjectType({
  description:
    'Something dated: an entity, the date, and the relationship that dates it (`DUE_BY`, `PUBLISHED_ON`, …).',
})
export class TimelineEvent {
  @Field(() => ENTITY_CLASSES.CalendarDate)
  date!: unknown;

  @Field(() => Entity)
  entity!: Entity;

  @Field(() => String)
  relationship!: string;

  @Field(() => [Source], { complexity: atMost(MAX_SOURCES), description: 'Where the source states the date.' })
  sources!: Source[];
}
