// The root field's Cypher returns the whole response, keyed by response name. Every field below the
// root therefore reads its value by `info.path.key` (its alias), instead of by field name as the
// default resolver would; IDs and cursors are encoded here, from the raw keys the query returns.
import {
  isInterfaceType,
  isObjectType,
  type GraphQLAbstractType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import { toCursor, toGlobalId, type RawCursor } from '../graph/ids.js';
import type { Context } from './context.js';

type Raw = Record<string, unknown>;

/** How a field below the root reads its value from its parent's map, given its response name. */
export type Reader = (source: Raw, responseName: string, ctx: Context) => unknown;

const readByAlias: Reader = (source, name) => source[name];
/** An `id` from the type it is a field of and the `__key` the query put beside it. */
const globalIdOf =
  (typeName: string): Reader =>
  (source) =>
    toGlobalId(typeName, source.__key as string);
const readCursor: Reader = (source, name) => {
  const raw = source[name];
  return typeof raw === 'string' || Array.isArray(raw) ? toCursor(raw as RawCursor) : null;
};
/**
 * An audit record's `actor` is the curator's token subject, an account identifier: shown to curators,
 * and to everyone only when AUDIT_ACTORS=public. Others see `actorName`, the display name, alone.
 */
const readActor: Reader = (source, name, ctx) =>
  ctx.auditActorsPublic || ctx.viewer?.roles.includes('curator') ? source[name] : null;

const resolverOf =
  (read: Reader): GraphQLFieldResolver<Raw, Context> =>
  (source, _args, ctx, info) =>
    read(source, info.path.key as string, ctx);

/** The reader of every field bound here, for answers shaped without a resolver call (src/server/direct/). */
export const READERS = new WeakMap<GraphQLField<unknown, unknown>, Reader>();

/**
 * A result's concrete type: the `__typename` the query put in its map. A map without one comes from a
 * selection that reads nothing the concrete type decides: no `__typename`, no `id`, no fragment on
 * a narrower type (src/graph/entity/projection.ts leaves it out then). Every type of the interface
 * answers such a selection alike, the same fields read the same way (tests/unit/interfaces.test.ts),
 * so the first of them answers it.
 */
export function concreteTypeName(
  value: Raw,
  abstractType: GraphQLAbstractType,
  schema: GraphQLSchema,
): string | undefined {
  return (value.__typename as string | undefined) ?? schema.getPossibleTypes(abstractType)[0]?.name;
}

/** The type resolver of every interface (concreteTypeName). */
export const typenameOf: GraphQLTypeResolver<Raw, unknown> = (value, _ctx, info, abstractType) =>
  concreteTypeName(value, abstractType, info.schema);

export function bindResolvers(schema: GraphQLSchema): GraphQLSchema {
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    // Results are plain maps, not class instances: their concrete type is the `__typename` the
    // query put there.
    if (isInterfaceType(type)) type.resolveType = typenameOf as GraphQLTypeResolver<unknown, unknown>;
    // isObjectType, not instanceof: it throws when two copies of graphql are loaded, where a silent
    // miss would leave every aliased field unresolved.
    if (!isObjectType(type) || type.name.startsWith('__') || rootTypes.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      let read = readByAlias;
      if (field.name === 'id' && String(field.type) === 'ID!') read = globalIdOf(type.name);
      else if (type.name === 'AuditRecord' && field.name === 'actor') read = readActor;
      else if (field.name === 'cursor' || field.name === 'startCursor' || field.name === 'endCursor') read = readCursor;
      field.resolve = resolverOf(read) as GraphQLFieldResolver<unknown, unknown>;
      READERS.set(field, read);
    }
  }
  return schema;
}
