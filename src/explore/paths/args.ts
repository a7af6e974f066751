// The arguments of `paths`, with their defaults (see ../args.ts).
import { ArgsType, Field, Int } from 'type-graphql';
import { relationshipTypes } from '../args.js';
import { PathMode } from './types.js';

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
