// The `neighbourhood` root field: an entity and what surrounds it. Like every root field, it hands its
// whole selection to one Cypher statement (cypher.ts), its arguments complete with their defaults
// (args.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { treeOf } from '../../graph/resolve-tree.js';
import { byNeighbourLimit } from '../../schema/complexity.js';
import type { Context } from '../../schema/context.js';
import { one } from '../../schema/run-statement.js';
import { complete } from '../args.js';
import { NeighbourhoodArgs } from './args.js';
import { neighbourhood } from './cypher.js';
import { Neighbourhood } from './types.js';

@Resolver()
export class NeighbourhoodResolver {
  @Query(() => Neighbourhood, {
    nullable: true,
    complexity: byNeighbourLimit(new NeighbourhoodArgs()),
    description: 'An entity and what surrounds it, up to 3 hops; null when no entity has the key.',
  })
  async neighbourhood(
    @Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return one(
      ctx,
      ctx.translator.reused('neighbourhood', complete(NeighbourhoodArgs, args), treeOf(info), neighbourhood),
    );
  }
}
