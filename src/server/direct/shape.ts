// The response of a root field from the map its Cypher returned, without a resolver call per field.
// Below the root every field only reads its parent's map (src/schema/bind-resolvers.ts), so what
// GraphQL's execution still does there is mechanical: collect the selected fields, read each one,
// check nullability and lists, serialize scalars and enums, and resolve an interface to the type its
// `__typename` names (or, in a map the query gave none, any type of it: bind-resolvers.ts). This
// file does that with the same rules and the same graphql-js functions, from a plan made once per
// selection and type: no resolver calls, no resolve-info objects, no argument maps for fields
// without arguments.
//
// Anything that execution would report as an error (a null where the schema says non-null, a value
// a scalar refuses, a type that is not one of the interface's) is not reported here: `Bail` is
// thrown, and the request is executed the ordinary way, which reports it as it always has.
import {
  getArgumentValues,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { concreteTypeName, READERS, typenameOf, type Reader } from '../../schema/bind-resolvers.js';
import type { Context } from '../../schema/context.js';

/** This answer is left to ordinary execution (see above). */
export class Bail extends Error {}

/** Something in the operation that only ordinary execution handles; its plan is dropped for good. */
export class Unsupported extends Bail {}

type Raw = Record<string, unknown>;

export interface FieldPlan {
  responseName: string;
  /** Null for `__typename`. */
  field: GraphQLField<unknown, unknown> | null;
  nodes: readonly FieldNode[];
  read: Reader;
  /** The plan of this field's selection on each concrete type met so far. */
  selections: Map<string, readonly FieldPlan[]>;
}

export interface Shaping {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** The request's coerced variables. */
  variables: Record<string, unknown>;
  ctx: Context;
  /** The fields whose arguments this request has coerced already: once is enough (see `object`). */
  argumentsChecked: Set<FieldPlan>;
}

/** The plan of the fields `nodes` select on `type` (the operation has no directives: see plugin.ts). */
export function selectionPlan(
  s: Pick<Shaping, 'schema' | 'fragments'>,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
): FieldPlan[] {
  if (type.isTypeOf) throw new Unsupported(`${type.name} checks its values with isTypeOf`);
  const plans: FieldPlan[] = [];
  for (const [responseName, fieldNodes] of collectSubfields(s.schema, s.fragments, {}, type, nodes)) {
    const name = fieldNodes[0]!.name.value;
    if (name === '__typename') {
      plans.push({ responseName, field: null, nodes: fieldNodes, read: () => type.name, selections: new Map() });
      continue;
    }
    const field = type.getFields()[name];
    const read = field && READERS.get(field);
    if (!field || !read) throw new Unsupported(`${type.name}.${name} has a resolver of its own`);
    plans.push({ responseName, field, nodes: fieldNodes, read, selections: new Map() });
  }
  return plans;
}

function object(s: Shaping, type: GraphQLObjectType, source: Raw, parent: FieldPlan): Raw {
  let plans = parent.selections.get(type.name);
  if (!plans) {
    plans = selectionPlan(s, type, parent.nodes);
    parent.selections.set(type.name, plans);
  }
  const out: Raw = {};
  for (const plan of plans) {
    if (!plan.field) {
      out[plan.responseName] = type.name;
      continue;
    }
    // Execution coerces every field's arguments, and fails the field when they do not coerce. They
    // are the same field nodes and variables for every object the plan shapes in this request, so
    // the outcome is too: checked on the first object, not on each of a list's hundreds.
    if (plan.field.args.length && !s.argumentsChecked.has(plan)) {
      try {
        getArgumentValues(plan.field, plan.nodes[0]!, s.variables);
      } catch {
        throw new Bail();
      }
      s.argumentsChecked.add(plan);
    }
    out[plan.responseName] = complete(s, plan.field.type, plan.read(source, plan.responseName, s.ctx), plan);
  }
  return out;
}

/** A value as execution completes it for `type` (graphql-js completeValue, errors aside). */
export function complete(s: Shaping, type: GraphQLOutputType, value: unknown, plan: FieldPlan): unknown {
  if (isNonNullType(type)) {
    const completed = complete(s, type.ofType, value, plan);
    if (completed === null) throw new Bail();
    return completed;
  }
  if (value === null || value === undefined) return null;
  if (isListType(type)) {
    if (!Array.isArray(value)) throw new Bail();
    return value.map((item) => complete(s, type.ofType, item, plan));
  }
  if (isLeafType(type)) {
    let serialized: unknown;
    try {
      serialized = type.serialize(value);
    } catch {
      throw new Bail();
    }
    if (serialized === null || serialized === undefined) throw new Bail();
    return serialized;
  }
  if (typeof value !== 'object') throw new Bail();
  if (isAbstractType(type)) {
    if (type.resolveType !== typenameOf) throw new Unsupported(`${type.name} resolves its types otherwise`);
    const name = concreteTypeName(value as Raw, type, s.schema);
    const concrete = name === undefined ? undefined : s.schema.getType(name);
    if (!isObjectType(concrete) || !s.schema.isSubType(type, concrete)) throw new Bail();
    return object(s, concrete, value as Raw, plan);
  }
  return object(s, type, value as Raw, plan);
}
