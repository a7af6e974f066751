// Root fields: `node`, `nodes`, `entity`, and for each entity type a lookup by key and a list.
// Each hands its whole selection to the translator and runs the one statement it gets back.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { checkKey, fromGlobalId } from '../graph/ids.js';
import { ENTITY_TYPES, ROOT_NAMES } from '../graph/model.js';
import { list, lookupByKey, lookupByRefs } from '../graph/root-queries.js';
import { checkCount } from '../graph/lists/bounds.js';
import { treeOf } from '../graph/resolve-tree.js';
import { byFirst, byIds, MAX_IDS } from './complexity.js';
import { CONNECTIONS, type PageArgs } from './connection.types.js';
import type { Context } from './context.js';
import { ENTITY_CLASSES, Entity, Node } from './entity.types.js';
import { LIST_ARGS } from './list-args.js';
import { one, rows } from './run-statement.js';

@Resolver()
export class EntityResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by global ID; null when no entity has it.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    const ref = fromGlobalId(id);
    return one(ctx, lookupByRefs(ctx.translator, [ref], treeOf(info)));
  }

  @Query(() => [Node], {
    nullable: 'items',
    complexity: byIds,
    description: `Entities by global IDs, in the same order (null where unknown); at most ${MAX_IDS}.`,
  })
  async nodes(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    checkCount(ids.length, 'ids', 'ids', 'IDs', '');
    if (ids.length === 0) return [];
    const refs = ids.map((id, i) => fromGlobalId(id, `ids[${i}]`));
    return rows(ctx, lookupByRefs(ctx.translator, refs, treeOf(info)));
  }

  @Query(() => Entity, { nullable: true, description: 'Any entity by its stable key, such as `hmic` or `rec-2009-3`.' })
  entity(
    @Arg('key', () => String) key: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return one(ctx, lookupByKey(ctx.translator, 'Entity', checkKey(key), treeOf(info)));
  }
}

function defineMethod(prototype: object, name: string, method: (...args: never[]) => unknown): PropertyDescriptor {
  Object.defineProperty(prototype, name, { value: method, configurable: true, writable: true });
  return Object.getOwnPropertyDescriptor(prototype, name)!;
}

@Resolver()
export class TypedLookupResolver {}

for (const type of ENTITY_TYPES) {
  const prototype = TypedLookupResolver.prototype as object;
  const [single, plural] = ROOT_NAMES[type];

  const byKey = defineMethod(prototype, single, ((key: string, ctx: Context, info: GraphQLResolveInfo) =>
    one(ctx, lookupByKey(ctx.translator, type, checkKey(key), treeOf(info)))) as never);
  Arg('key', () => String)(prototype, single, 0);
  Ctx()(prototype, single, 1);
  Info()(prototype, single, 2);
  Query(() => ENTITY_CLASSES[type], {
    nullable: true,
    description: `One ${type} by its stable key; null when there is none.`,
  })(prototype, single, byKey);

  const all = defineMethod(prototype, plural, ((_page: PageArgs, ctx: Context, info: GraphQLResolveInfo) =>
    one(ctx, list(ctx.translator, type, treeOf(info)))) as never);
  Args(() => LIST_ARGS[type])(prototype, plural, 0);
  Ctx()(prototype, plural, 1);
  Info()(prototype, plural, 2);
  Query(() => CONNECTIONS[type], {
    complexity: byFirst(),
    description: `Every ${type}, a page at a time: ordered by key unless \`orderBy\` says otherwise.`,
  })(prototype, plural, all);
}
