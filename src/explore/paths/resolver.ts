// The `paths` root field: paths between two entities. Like every root field, it hands its whole selection
// to one Cypher statement (cypher.ts), its arguments complete with their defaults (args.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { badInput } from '../../errors.js';
import { treeOf } from '../../graph/resolve-tree.js';
import { byPaths } from '../../schema/complexity.js';
import type { Context } from '../../schema/context.js';
import { firstRow } from '../../schema/run-statement.js';
import { complete } from '../args.js';
import { PathsArgs } from './args.js';
import { paths } from './cypher.js';
import { Path } from './types.js';

@Resolver()
export class PathsResolver {
  @Query(() => [Path], {
    complexity: byPaths(new PathsArgs()),
    description: 'Paths between two entities, by key, ignoring relationship direction; each step keeps it.',
  })
  async paths(
    @Args(() => PathsArgs) args: PathsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    const row = (await firstRow(ctx, ctx.translator.reused('paths', complete(PathsArgs, args), treeOf(info), paths)))!;
    const missing = row.get('missing') as string[];
    if (missing.length > 0)
      throw badInput(
        `no entity has the key ${missing.map((m) => `"${m}"`).join(' or ')}`,
        missing[0] === args.from ? 'from' : 'to',
      );
    return row.get('result') as unknown[];
  }
}
