// Root fields for exploring relationships: neighbourhoods, paths, timelines, search and the kinds of
// relationship. Like every root field, each hands its whole selection to one Cypher statement; its
// arguments, defaults applied, come from its class in explore.args.ts.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { badInput } from '../errors.js';
import { neighbourhood } from '../graph/explore/neighbourhood.js';
import { paths } from '../graph/explore/paths.js';
import { relationshipTypeCounts } from '../graph/explore/relationship-types.js';
import { search } from '../graph/explore/search.js';
import { suggest } from '../graph/explore/suggest.js';
import { timeline } from '../graph/explore/timeline.js';
import { treeOf } from '../graph/resolve-tree.js';
import { byFirst, byNeighbourLimit, byPaths } from './complexity.js';
import type { Context } from './context.js';
import { complete, NeighbourhoodArgs, PathsArgs, SearchArgs, SuggestArgs, TimelineArgs } from './explore.args.js';
import { Neighbourhood, Path, SearchHit, Suggestion, TimelineEvent } from './explore.types.js';
import { RelationshipTypeCount } from './relationship-count.type.js';
import { firstRow, one, rows } from './run-statement.js';

@Resolver()
export class ExploreResolver {
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
    return one(ctx, neighbourhood(ctx.translator, complete(NeighbourhoodArgs, args), treeOf(info)));
  }

  @Query(() => [Path], {
    complexity: byPaths(new PathsArgs()),
    description: 'Paths between two entities, by key, ignoring relationship direction; each step keeps it.',
  })
  async paths(
    @Args(() => PathsArgs) args: PathsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    const row = (await firstRow(ctx, paths(ctx.translator, complete(PathsArgs, args), treeOf(info))))!;
    const missing = row.get('missing') as string[];
    if (missing.length > 0)
      throw badInput(
        `no entity has the key ${missing.map((m) => `"${m}"`).join(' or ')}`,
        missing[0] === args.from ? 'from' : 'to',
      );
    return row.get('result') as unknown[];
  }

  @Query(() => [TimelineEvent], {
    complexity: byFirst(new TimelineArgs().first),
    description:
      'Dated events, oldest first. Dates compare as the periods they cover: April 2008 is within `2008`, and neither before nor after `2008-04-15`.',
  })
  async timeline(
    @Args(() => TimelineArgs) args: TimelineArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    const row = (await firstRow(ctx, timeline(ctx.translator, complete(TimelineArgs, args), treeOf(info))))!;
    for (const anchor of row.get('anchors') as { argument: string; key: string; exists: boolean; dated: boolean }[]) {
      if (!anchor.exists)
        throw badInput(`"${anchor.argument}": no entity has the key "${anchor.key}"`, anchor.argument);
      if (!anchor.dated)
        throw badInput(`"${anchor.argument}": the entity "${anchor.key}" has no date to compare with`, anchor.argument);
    }
    return row.get('result') as unknown[];
  }

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
    return rows(ctx, search(ctx.translator, complete(SearchArgs, args), treeOf(info)));
  }

  @Query(() => [Suggestion], {
    description:
      'Typeahead: entities whose name, abbreviation or key is or starts with the prefix, then those with a word of the name starting with it. Index seeks only, so fast on any size of graph.',
  })
  suggest(
    @Args(() => SuggestArgs) args: SuggestArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    return rows(ctx, suggest(ctx.translator, complete(SuggestArgs, args), treeOf(info)));
  }

  @Query(() => [RelationshipTypeCount], {
    description: 'Every relationship type of the graph and how many relationships of it there are.',
  })
  async relationshipTypes(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<unknown[]> {
    return (await one(ctx, relationshipTypeCounts(treeOf(info)))) as unknown[];
  }
}
