// Random valid read operations drawn from the schema, reproducible from a seed: a root query field
// with arguments in range (some passed as variables, some left to a variable's default), then a
// random selection of its fields to a bounded depth, with fragments on concrete entity types. Every
// object selection asks for `__typename`, so a response's entities can be counted.
import {
  getNamedType,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Pools {
  keys: string[];
  ids: string[];
  words: string[];
}

export interface Generated {
  query: string;
  variables: Record<string, unknown>;
}

/** Arguments whose value is a size; drawn mostly small, sometimes at their cap. */
const SIZES: Record<string, [number, number]> = {
  first: [0, 100],
  limit: [0, 200],
  k: [1, 10],
  maxLength: [1, 6],
  depth: [1, 3],
};

export function generator(schema: GraphQLSchema, pools: Pools, rand: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const chance = (p: number) => rand() < p;
  const entity = schema.getType('Entity');
  // A heavy operation takes every size at its cap and nests at least once a level: many go over the
  // cost limit, and the test shows they are refused before any statement.
  let heavy = false;

  function size(name: string): number {
    const [min, max] = SIZES[name]!;
    if (heavy || chance(0.3)) return max;
    const small = Math.min(max, min + Math.floor(rand() * 6));
    return chance(0.7) ? small : min + Math.floor(rand() * (max - min + 1));
  }

  function value(arg: GraphQLArgument, fieldName: string): unknown {
    const type = getNamedType(arg.type);
    if (arg.name in SIZES) return size(arg.name);
    if (arg.name === 'ids') return Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(pools.ids));
    if (arg.name === 'id') return pick(pools.ids);
    if (arg.name === 'text') return pick(pools.words);
    if (['key', 'from', 'to'].includes(arg.name) && fieldName !== 'timeline') return pick(pools.keys);
    if (isEnumType(type)) return pick(type.getValues()).value as unknown;
    return undefined;
  }

  /** Literal text for a value of an input type (enums bare, strings quoted). */
  function literal(v: unknown, type: GraphQLInputType): string {
    if (Array.isArray(v)) return `[${v.map((x) => literal(x, type)).join(', ')}]`;
    if (isEnumType(getNamedType(type))) return String(v);
    return JSON.stringify(v);
  }

  function typeText(type: GraphQLInputType): string {
    return String(type);
  }

  function fieldText(
    field: GraphQLField<unknown, unknown>,
    depth: number,
    vars: string[],
    variables: Record<string, unknown>,
  ): string | null {
    const parts: string[] = [];
    // Variables this field declares join the operation only if the field is kept: a field dropped for
    // want of a required argument must not leave an unused variable behind (a validation error).
    const declared: string[] = [];
    const given: Record<string, unknown> = {};
    const nextName = () => `v${vars.length + declared.length}`;
    for (const arg of field.args) {
      const required = isNonNullType(arg.type);
      if (!required && !chance(0.5)) continue;
      const v = value(arg, field.name);
      if (v === undefined) {
        if (required) return null;
        continue;
      }
      const roll = rand();
      if (roll < 0.2) {
        const name = nextName();
        declared.push(`$${name}: ${typeText(arg.type)}`);
        given[name] = v;
        parts.push(`${arg.name}: $${name}`);
      } else if (roll < 0.3 && !required) {
        // A variable the request leaves out: its default is what the field gets.
        const name = nextName();
        declared.push(`$${name}: ${typeText(arg.type)} = ${literal(v, arg.type)}`);
        parts.push(`${arg.name}: $${name}`);
      } else {
        parts.push(`${arg.name}: ${literal(v, arg.type)}`);
      }
    }
    vars.push(...declared);
    Object.assign(variables, given);
    const args = parts.length ? `(${parts.join(', ')})` : '';
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) return `${field.name}${args}`;
    const inner = selection(named, depth + 1, vars, variables);
    return `${field.name}${args} ${inner}`;
  }

  function selection(
    type: GraphQLNamedType,
    depth: number,
    vars: string[],
    variables: Record<string, unknown>,
  ): string {
    if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
    const fields = Object.values(type.getFields());
    const parts = ['__typename'];
    const composite = fields.filter((f) => !isScalarType(getNamedType(f.type)) && !isEnumType(getNamedType(f.type)));
    const leaves = fields.filter((f) => !composite.includes(f));
    if (leaves.length) parts.push(pick(leaves).name);
    // Deeper levels branch less, so most operations stay within the depth and cost limits.
    const branches = depth >= 9 ? 0 : Math.max(heavy && depth < 5 ? 1 : 0, Math.floor(rand() * (depth < 3 ? 3 : 2)));
    for (let i = 0; i < branches && composite.length; i++) {
      const field = pick(composite);
      const text = fieldText(field, depth, vars, variables);
      if (text) parts.push(`${i > 0 ? `a${depth}_${i}: ` : ''}${text}`);
    }
    if (isInterfaceType(type) && entity && type.name === 'Entity' && chance(0.5) && depth < 9) {
      const concrete = schema.getPossibleTypes(type);
      const target = pick(concrete);
      parts.push(`... on ${target.name} ${selection(target, depth + 1, vars, variables)}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  const query = schema.getQueryType()!;
  const roots = Object.values(query.getFields()).filter((f) => f.name !== 'relationshipTypes');

  return function next(): Generated {
    for (;;) {
      heavy = chance(0.3);
      const vars: string[] = [];
      const variables: Record<string, unknown> = {};
      const fields: string[] = [];
      const count = 1 + Math.floor(rand() * 2);
      for (let i = 0; i < count; i++) {
        const text = fieldText(pick(roots), 1, vars, variables);
        if (text) fields.push(`r${i}: ${text}`);
      }
      if (!fields.length) continue;
      const head = vars.length ? `query Random(${vars.join(', ')})` : 'query Random';
      return { query: `${head} { ${fields.join(' ')} }`, variables };
    }
  };
}

/** Entities in a response: objects whose `__typename` is an entity type. */
export function countEntities(value: unknown, entityTypes: Set<string>): number {
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countEntities(item, entityTypes), 0);
  if (value === null || typeof value !== 'object') return 0;
  const own = entityTypes.has((value as { __typename?: string }).__typename ?? '') ? 1 : 0;
  return own + Object.values(value).reduce((n: number, item) => n + countEntities(item, entityTypes), 0);
}
