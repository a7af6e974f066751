// Hostile strings, and every place in the schema a string reaches the server, found from the schema
// itself so that a new string argument cannot escape the bad-input tests unnoticed.
import { getNamedType, getNullableType, isInputObjectType, isListType, type GraphQLInputType, type GraphQLSchema } from 'graphql';

export const INJECTIONS = [
  "' OR 1=1 --",
  "hmic'}) MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  'hmic` SET n.name = "pwned" //',
  '$key',
  '\\u0027) CALL db.clearQueryCaches() //',
  '{ __schema { types { name } } }',
  '") { __typename } } mutation { correctProperty(input: {}) { changed } } #',
  '... on Query { __typename }',
  '${jndi:ldap://127.0.0.1/a}',
  '<script>alert(1)</script>',
];

export const ODD_UNICODE = [
  'hmіc', // Cyrillic і: looks like "hmic"
  'hmic\u200b', // zero-width space
  'ＨＭＩＣ', // full-width
  'حمیک', // right-to-left script
  '🚓',
  'e\u0301', // combining accent
  '\ud800', // lone surrogate
  '\u0000',
];

export interface StringSlot {
  /** `Query.entity(key)`, `RecordProgressInput.evidence` and the like. */
  name: string;
  type: GraphQLInputType;
}

function slotsOfInput(type: GraphQLInputType, prefix: string, seen = new Set<string>()): StringSlot[] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) return [];
    seen.add(named.name);
    return Object.values(named.getFields()).flatMap((f) => slotsOfInput(f.type, `${named.name}.${f.name}`, seen));
  }
  return named.name === 'String' || named.name === 'ID' ? [{ name: prefix, type }] : [];
}

/** Every String or ID argument of a root field, and every String or ID field of an input type. */
export function stringSlots(schema: GraphQLSchema): StringSlot[] {
  const roots = [schema.getQueryType()!, schema.getMutationType()!];
  return roots.flatMap((root) =>
    Object.values(root.getFields()).flatMap((field) => field.args.flatMap((arg) => slotsOfInput(arg.type, `${root.name}.${field.name}(${arg.name})`))),
  );
}

export const isList = (type: GraphQLInputType) => isListType(getNullableType(type));
