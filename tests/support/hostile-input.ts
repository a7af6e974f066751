// Hostile strings, and every place in the schema a string reaches the server, found from the schema
// itself so that a new string argument cannot escape the bad-input tests unnoticed.
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

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
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log-injection string, sent as it is written
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
  root: 'Query' | 'Mutation';
  field: string;
  arg: string;
  /** The type of the argument itself. */
  argType: GraphQLInputType;
  /** Input-object fields from the argument down to the string, empty when the argument is the string. */
  path: string[];
  /** The type of the string slot itself (String, ID, or a list of them). */
  type: GraphQLInputType;
  /** `Query.entity(key)`, `Mutation.recordProgress(input).source.excerpt` and the like. */
  name: string;
}

function leaves(
  type: GraphQLInputType,
  path: string[],
  seen: Set<string>,
): { path: string[]; type: GraphQLInputType }[] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) return [];
    const inner = new Set([...seen, named.name]);
    return Object.values(named.getFields()).flatMap((f) => leaves(f.type, [...path, f.name], inner));
  }
  return named.name === 'String' || named.name === 'ID' ? [{ path, type }] : [];
}

/** Every String or ID a root field takes, as an argument or inside an input object. */
export function stringSlots(schema: GraphQLSchema): StringSlot[] {
  const roots = [schema.getQueryType()!, schema.getMutationType()!];
  return roots.flatMap((root) =>
    Object.values(root.getFields()).flatMap((field) =>
      field.args.flatMap((arg) =>
        leaves(arg.type, [], new Set()).map(({ path, type }) => ({
          root: root.name as 'Query' | 'Mutation',
          field: field.name,
          arg: arg.name,
          argType: arg.type,
          path,
          type,
          name: `${root.name}.${field.name}(${arg.name})${path.map((p) => `.${p}`).join('')}`,
        })),
      ),
    ),
  );
}

export const isList = (type: GraphQLInputType) => isListType(getNullableType(type));
