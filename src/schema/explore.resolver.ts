// Root fields for exploring relationships: neighbourhoods, paths, timelines, search and the kinds of
// relationship. Like every root field, each hands its whole selection to one Cypher statement.
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { badInput } from '../errors.js';
import { neighbourhood } from '../graph/explore/neighbourhood.js';
import { paths } from '../graph/explore/paths.js';
import { relationshipTypeCounts } from '../graph/explore/relationship-counts.js';
import { search } from '../graph/explore/search.js';
import { suggest } from '../graph/explore/suggest.js';
import { timeline } from '../graph/explore/timeline.js';
import type { EntityType } from '../graph/model.js';
import type { Statement } from '../graph/root-queries.js';
import { byFirst, byNeighbourLimit, byPaths } from './complexity.js';
import type { Context } from './context.js';
import { EntityTypeEnum } from './entity-type.enum.js';
import { Neighbourhood, NeighbourDirection, Path, PathMode, SearchHit, Suggestion, TimelineEvent } from './explore.types.js';
import { RelationshipTypeCount } from './relationship-count.type.js';

const treeOf = (info: GraphQLResolveInfo) => parseResolveInfo(info) as ResolveTree;

async function record(ctx: Context, statement: Statement) {
  const result = await ctx.db.read(statement.cypher, statement.params);
  return result.records[0];
}

const types = { nullable: true, description: 'Only these relationship types (see `relationshipTypes`); all when omitted.' } as const;

@Resolver()
export class ExploreResolver {
  @Query(() => Neighbourhood, { nullable: true, complexity: byNeighbourLimit, description: 'An entity and what surrounds it, up to 3 hops; null when no entity has the key.' })
  async neighbourhood(
    @Arg('key', () => String) key: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1, description: 'Hops from the center, 1 to 3.' }) depth: number,
    @Arg('relationshipTypes', () => [String], types) relationshipTypes: string[] | null,
    @Arg('direction', () => NeighbourDirection, { nullable: true, defaultValue: NeighbourDirection.BOTH }) direction: NeighbourDirection,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 50, description: 'Most neighbours to return besides the center (at most 200).' }) limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    const args = { key, depth: depth ?? undefined, relationshipTypes, direction: direction ?? undefined, limit: limit ?? undefined };
    return (await record(ctx, neighbourhood(ctx.translator, args, treeOf(info))))?.get('result') ?? null;
  }

  @Query(() => [Path], { complexity: byPaths, description: 'Paths between two entities, by key, ignoring relationship direction; each step keeps it.' })
  async paths(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('mode', () => PathMode, { nullable: true, defaultValue: PathMode.SHORTEST }) mode: PathMode,
    @Arg('k', () => Int, { nullable: true, defaultValue: 3, description: 'How many paths in K_PATHS mode (at most 10).' }) k: number,
    @Arg('maxLength', () => Int, { nullable: true, defaultValue: 4, description: 'Longest path, in relationships (at most 6 unless the server sets GRAPHQL_MAX_PATH_LENGTH).' }) maxLength: number,
    @Arg('relationshipTypes', () => [String], types) relationshipTypes: string[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    const args = { from, to, mode: mode ?? undefined, k: k ?? undefined, maxLength: maxLength ?? undefined, relationshipTypes };
    const row = (await record(ctx, paths(ctx.translator, args, treeOf(info))))!;
    const missing = row.get('missing') as string[];
    if (missing.length > 0) throw badInput(`no entity has the key ${missing.map((m) => `"${m}"`).join(' or ')}`, missing[0] === from ? 'from' : 'to');
    return row.get('result') as unknown[];
  }

  @Query(() => [TimelineEvent], { complexity: byFirst(50), description: 'Dated events, oldest first. Dates compare as the periods they cover: April 2008 is within `2008`, and neither before nor after `2008-04-15`.' })
  async timeline(
    @Arg('from', () => String, { nullable: true, description: 'Events on or after the start of this year, month or day (`2008-04`).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Events on or before the end of this period (`2010-03`).' }) to: string | null,
    @Arg('after', () => String, { nullable: true, description: 'Events after this period ends, or after the latest date of the entity with this key.' }) after: string | null,
    @Arg('before', () => String, { nullable: true, description: 'Events before this period begins, or before the earliest date of the entity with this key.' }) before: string | null,
    @Arg('types', () => [EntityTypeEnum], { nullable: true, description: 'Only events of entities of these types.' }) entityTypes: EntityType[] | null,
    @Arg('relationshipTypes', () => [String], { nullable: true, description: 'Only these dating relationships: APPOINTED_ON, DUE_BY, ISSUED_ON, PUBLISHED_ON.' }) relationshipTypes: string[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    const args = { from, to, after, before, types: entityTypes, relationshipTypes, first: first ?? undefined };
    const row = (await record(ctx, timeline(ctx.translator, args, treeOf(info))))!;
    for (const anchor of row.get('anchors') as { argument: string; key: string; exists: boolean; dated: boolean }[]) {
      if (!anchor.exists) throw badInput(`"${anchor.argument}": no entity has the key "${anchor.key}"`, anchor.argument);
      if (!anchor.dated) throw badInput(`"${anchor.argument}": the entity "${anchor.key}" has no date to compare with`, anchor.argument);
    }
    return row.get('result') as unknown[];
  }

  @Query(() => [SearchHit], { complexity: byFirst(10), description: 'Search: entities whose name, abbreviation or key is the text first, then names starting with it, then full-text matches over names, titles, descriptions, texts and source excerpts. Case, accents and apostrophes do not matter: O’Connor, O\'Connor and oconnor are one.' })
  async search(
    @Arg('text', () => String) text: string,
    @Arg('types', () => [EntityTypeEnum], { nullable: true, description: 'Only entities of these types.' }) entityTypes: EntityType[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    const statement = search(ctx.translator, { text, types: entityTypes, first: first ?? undefined }, treeOf(info));
    const result = await ctx.db.read(statement.cypher, statement.params);
    return result.records.map((r) => r.get('result'));
  }

  @Query(() => [Suggestion], { description: 'Typeahead: entities whose name, abbreviation or key is or starts with the prefix, then those with a word of the name starting with it. Index seeks only, so fast on any size of graph.' })
  async suggest(
    @Arg('prefix', () => String) prefix: string,
    @Arg('types', () => [EntityTypeEnum], { nullable: true, description: 'Only entities of these types.' }) entityTypes: EntityType[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 8, description: 'How many, at most 20.' }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    const statement = suggest(ctx.translator, { prefix, types: entityTypes, first: first ?? undefined }, treeOf(info));
    const result = await ctx.db.read(statement.cypher, statement.params);
    return result.records.map((r) => r.get('result'));
  }

  @Query(() => [RelationshipTypeCount], { description: 'Every relationship type of the graph and how many relationships of it there are.' })
  async relationshipTypes(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<unknown[]> {
    return (await record(ctx, relationshipTypeCounts(treeOf(info))))!.get('result') as unknown[];
  }
}
