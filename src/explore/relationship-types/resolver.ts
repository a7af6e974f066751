// The `relationshipTypes` root field: every relationship type and its count. Like every root field, it
// hands its whole selection to one Cypher statement (cypher.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Info, Query, Resolver } from 'type-graphql';
import { treeOf } from '../../graph/resolve-tree.js';
import type { Context } from '../../schema/context.js';
import { RelationshipTypeCount } from '../../schema/relationship-count.type.js';
import { one } from '../../schema/run-statement.js';
import { relationshipTypeCounts } from './cypher.js';

@Resolver()
export class RelationshipTypesResolver {
  @Query(() => [RelationshipTypeCount], {
    description: 'Every relationship type of the graph and how many relationships of it there are.',
  })
  async relationshipTypes(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<unknown[]> {
    return (await one(ctx, relationshipTypeCounts(treeOf(info)))) as unknown[];
  }
}
