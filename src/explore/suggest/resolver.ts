// The `suggest` root field: typeahead over names. Like every root field, it hands its whole selection to
// one Cypher statement (cypher.ts), its arguments complete with their defaults (args.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { treeOf } from '../../graph/resolve-tree.js';
import type { Context } from '../../schema/context.js';
import { list } from '../../schema/run-statement.js';
import { complete } from '../args.js';
import { SuggestArgs } from './args.js';
import { suggest } from './cypher.js';
import { Suggestion } from './types.js';

@Resolver()
export class SuggestResolver {
  @Query(() => [Suggestion], {
    description:
      'Typeahead: entities whose name, abbreviation or key is or starts with the prefix, then those with a word of the name starting with it. Index seeks only, so fast on any size of graph.',
  })
  suggest(
    @Args(() => SuggestArgs) args: SuggestArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    return list(ctx, ctx.translator.reused('suggest', complete(SuggestArgs, args), treeOf(info), suggest));
  }
}
