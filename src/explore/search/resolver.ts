// The `search` root field: entities by name, then full text. Like every root field, it hands its whole
// selection to one Cypher statement (cypher.ts), its arguments complete with their defaults (args.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { treeOf } from '../../graph/resolve-tree.js';
import { byFirst } from '../../schema/complexity.js';
import type { Context } from '../../schema/context.js';
import { list } from '../../schema/run-statement.js';
import { complete } from '../args.js';
import { SearchArgs } from './args.js';
import { search } from './cypher.js';
import { SearchHit } from './types.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    complexity: byFirst(new SearchArgs().first),
    description:
      "Search: entities whose name, abbreviation or key is the text first, then names starting with it, then full-text matches over names, titles, descriptions, texts and source excerpts. Case, accents and apostrophes do not matter: O’Connor, O'Connor and oconnor are one.",
  })
  search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    return list(ctx, ctx.translator.reused('search', complete(SearchArgs, args), treeOf(info), search));
  }
}
