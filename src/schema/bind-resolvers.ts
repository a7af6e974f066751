// The root field's Cypher returns the whole response, keyed by response name. Every field below the
// root therefore reads its value by `info.path.key` (its alias), instead of by field name as the
// default resolver would; IDs and cursors are encoded here, from the raw keys the query returns.
import { isInterfaceType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { toCursor, toGlobalId, type RawCursor } from '../graph/ids.js';
import type { Context } from './context.js';

type Raw = Record<string, unknown>;

const byAlias: GraphQLFieldResolver<Raw, unknown> = (source, _args, _ctx, info) => source[info.path.key];
const globalId: GraphQLFieldResolver<Raw, unknown> = (source) =>
  toGlobalId(source.__typename as string, source.__key as string);
const cursor: GraphQLFieldResolver<Raw, unknown> = (source, _args, _ctx, info) => {
  const raw = source[info.path.key];
  return typeof raw === 'string' || Array.isArray(raw) ? toCursor(raw as RawCursor) : null;
};

/**
 * An audit record's `actor` is the curator's token subject, an account identifier: shown to curators,
 * and to everyone only when AUDIT_ACTORS=public. Others see `actorName`, the display name, alone.
 */
const actor: GraphQLFieldResolver<Raw, Context> = (source, _args, ctx, info) =>
  ctx.auditActorsPublic || ctx.viewer?.roles.includes('curator') ? source[info.path.key] : null;

export function bindResolvers(schema: GraphQLSchema): GraphQLSchema {
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    // Results are plain maps, not class instances: their concrete type is the `__typename` the
    // query put there.
    if (isInterfaceType(type)) type.resolveType = (value: Raw) => value.__typename as string;
    // isObjectType, not instanceof: it throws when two copies of graphql are loaded, where a silent
    // miss would leave every aliased field unresolved.
    if (!isObjectType(type) || type.name.startsWith('__') || rootTypes.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name === 'id' && String(field.type) === 'ID!') field.resolve = globalId;
      else if (type.name === 'AuditRecord' && field.name === 'actor')
        field.resolve = actor as GraphQLFieldResolver<unknown, unknown>;
      else if (field.name === 'cursor' || field.name === 'startCursor' || field.name === 'endCursor')
        field.resolve = cursor;
      else field.resolve = byAlias;
    }
  }
  return schema;
}
