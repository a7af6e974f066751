// The arguments of the exploration queries, one class per root field, each holding its defaults (a
// property initializer is the argument's `defaultValue` in the schema). The resolver hands a complete
// object to the Cypher builder, so no builder repeats a default; the cost estimators (complexity.ts)
// read the same defaults. Caps live in the limits table (src/graph/limits.ts); the numbers in the
// descriptions are its defaults.
import { ArgsType, Field, Int } from 'type-graphql';
import type { EntityType } from '../graph/model.js';
import { EntityTypeEnum } from './entity-type.enum.js';
import { NeighbourDirection, PathMode } from './explore.types.js';

const relationshipTypes = {
  nullable: true,
  description: 'Only these relationship types (see `relationshipTypes`); all when omitted.',
} as const;

/** The args with every null left by the request replaced by the class's default. */
export function complete<T extends object>(Args: new () => T, args: T): T {
  const given = Object.entries(args).filter(([, value]) => value !== null && value !== undefined);
  return Object.assign(new Args(), Object.fromEntries(given)) as T;
}

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

@ArgsType()
export class PathsArgs {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => PathMode, { nullable: true })
  mode: PathMode = PathMode.SHORTEST;

  @Field(() => Int, { nullable: true, description: 'How many paths in K_PATHS mode (at most 10).' })
  k: number = 3;

  @Field(() => Int, {
    nullable: true,
    description: 'Longest path, in relationships (at most 6 unless the server sets GRAPHQL_MAX_PATH_LENGTH).',
  })
  maxLength: number = 4;

  @Field(() => [String], relationshipTypes)
  relationshipTypes?: string[] | null;
}

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

@ArgsType()
export class SearchArgs {
  @Field(() => String)
  text!: string;

  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Only entities of these types.' })
  types?: EntityType[] | null;

  @Field(() => Int, { nullable: true })
  first: number = 10;
}

@ArgsType()
export class SuggestArgs {
  @Field(() => String)
  prefix!: string;

  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Only entities of these types.' })
  types?: EntityType[] | null;

  @Field(() => Int, { nullable: true, description: 'How many, at most 20.' })
  first: number = 8;
}
