// The `timeline` root field: dated events, oldest first. Like every root field, it hands its whole
// selection to one Cypher statement (cypher.ts), its arguments complete with their defaults (args.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { badInput } from '../../errors.js';
import { treeOf } from '../../graph/resolve-tree.js';
import { byFirst } from '../../schema/complexity.js';
import type { Context } from '../../schema/context.js';
import { firstRow } from '../../schema/run-statement.js';
import { complete } from '../args.js';
import { TimelineArgs } from './args.js';
import { timeline } from './cypher.js';
import { TimelineEvent } from './types.js';

@Resolver()
export class TimelineResolver {
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
    const row = (await firstRow(
      ctx,
      ctx.translator.reused('timeline', complete(TimelineArgs, args), treeOf(info), timeline),
    ))!;
    for (const anchor of row.get('anchors') as { argument: string; key: string; exists: boolean; dated: boolean }[]) {
      if (!anchor.exists)
        throw badInput(`"${anchor.argument}": no entity has the key "${anchor.key}"`, anchor.argument);
      if (!anchor.dated)
        throw badInput(`"${anchor.argument}": the entity "${anchor.key}" has no date to compare with`, anchor.argument);
    }
    return row.get('result') as unknown[];
  }
}
