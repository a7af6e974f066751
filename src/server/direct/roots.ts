// Root resolvers called without type-graphql's wrapper, for answers made outside GraphQL's execution
// (answer.ts). For every field, the wrapper sorts the method's parameters, converts and "validates"
// each argument (an async call even with validation off, so every call waits on a Promise.all), and
// runs the field's middlewares. A root query field with no middleware and no roles needs none of
// that: its method is called here with the same parameters, in their declared order. The arguments
// are graphql-js's coerced values as they are: the methods copy them onto their own argument class
// (explore/args.ts `complete`) or read the selection's tree instead, so none depends on the wrapper's
// class instances. Fields with middleware or roles, and anything this file does not recognise, keep
// their schema resolver; tests/integration/direct-execution.test.ts compares the answers of both.
// The schema is built without global middleware (build-schema.ts): one added there would be skipped
// here, so it must be checked here too.
import { defaultFieldResolver, type GraphQLField, type GraphQLFieldResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Resolve = GraphQLFieldResolver<unknown, unknown>;
type Param = ReturnType<typeof getMetadataStorage>['queries'][number]['params'];

const plainByField = new WeakMap<GraphQLField<unknown, unknown>, Resolve>();
type Instance = Record<string, (...args: unknown[]) => unknown>;
const instances = new Map<unknown, Instance>();

/** One parameter's value, or undefined when the parameter is of a kind only the wrapper supplies. */
function reader(
  param: NonNullable<Param>[number],
): ((args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown) | undefined {
  switch (param.kind) {
    case 'arg': {
      const name = param.name;
      return (args) => args[name];
    }
    case 'args':
      return (args) => args;
    case 'context':
      return param.propertyName === undefined ? (_args, ctx) => ctx : undefined;
    case 'info':
      return (_args, _ctx, info) => info;
    default:
      return undefined;
  }
}

function plainOf(fieldName: string): Resolve | undefined {
  const found = getMetadataStorage().queries.filter((q) => q.schemaName === fieldName);
  if (found.length !== 1) return undefined;
  const [query] = found as [(typeof found)[number]];
  if (query.roles !== undefined || (query.middlewares?.length ?? 0) > 0) return undefined;
  const params = [...(query.params ?? [])].sort((a, b) => a.index - b.index);
  if (params.some((p, i) => p.index !== i)) return undefined;
  const readers = params.map(reader);
  if (readers.some((r) => r === undefined)) return undefined;
  const read = readers as ((args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown)[];
  const target = query.target as new () => Instance;
  let instance = instances.get(target);
  if (!instance) {
    instance = new target();
    instances.set(target, instance);
  }
  const method = instance[query.methodName];
  if (typeof method !== 'function') return undefined;
  const self = instance;
  return (_root, args, ctx, info) =>
    method.apply(
      self,
      read.map((r) => r(args as Record<string, unknown>, ctx, info)),
    );
}

/** The resolver to call for a root query field: its method without the wrapper where that is the same. */
export function rootResolver(field: GraphQLField<unknown, unknown>): Resolve {
  let resolve = plainByField.get(field);
  if (!resolve) {
    resolve = plainOf(field.name) ?? field.resolve ?? defaultFieldResolver;
    plainByField.set(field, resolve);
  }
  return resolve;
}
