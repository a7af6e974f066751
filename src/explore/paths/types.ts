// What `paths` returns: paths as entities in order and the steps between them.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { atMost, MAX_SOURCES } from '../../schema/complexity.js';
import { Direction } from '../../schema/connection.types.js';
import { Entity, Source } from '../../schema/entity.types.js';

export enum PathMode {
  SHORTEST = 'SHORTEST',
  ALL_SHORTEST = 'ALL_SHORTEST',
  K_PATHS = 'K_PATHS',
}
registerEnumType(PathMode, {
  name: 'PathMode',
  valuesConfig: {
    SHORTEST: { description: 'One shortest path.' },
    ALL_SHORTEST: { description: 'Every path of the shortest length (at most 100).' },
    K_PATHS: { description: 'Up to `k` paths, shortest first, none visiting an entity twice.' },
  },
});

@ObjectType({ description: 'One relationship of a path, read in the path’s direction.' })
export class PathStep {
  @Field(() => Entity)
  from!: Entity;

  @Field(() => Entity)
  to!: Entity;

  @Field(() => String)
  type!: string;

  @Field(() => Direction, {
    description: '`OUT` when the relationship points from `from` to `to`, `IN` when it points back.',
  })
  direction!: Direction;

  @Field(() => [Source], { complexity: atMost(MAX_SOURCES) })
  sources!: Source[];
}

@ObjectType({ description: 'A path between two entities.' })
export class Path {
  @Field(() => Int, { description: 'How many relationships it has.' })
  length!: number;

  @Field(() => [Entity], { description: 'Its entities in order, from the first to the last.' })
  nodes!: Entity[];

  @Field(() => [PathStep])
  steps!: PathStep[];
}
