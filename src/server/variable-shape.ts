// The part of an operation's variables that its cost can depend on, as a string key, so that the
// cost is counted once per document and shape of variables instead of once per request.
//
// The cost estimators (src/schema/complexity.ts) read sizes (`first`, `limit`, `k`), enums
// (`mode`) and list lengths (`ids`), never the text of a String or ID argument. So every string
// held by a variable declared as a String or ID (or a list of them) counts as the same string, and
// `recommendation(key: $key)` costs the same whatever the key; every other value is kept as it is,
// so a different `first` or `mode` is a different key. A miss only costs a count; a key that
// joined two variables the count could tell apart would serve a wrong cost, hence the prefixes:
// every string of the key is marked as masked (`m`) or kept (`s…`), undefined as `u`.
import { Kind, type OperationDefinitionNode, type TypeNode } from 'graphql';

const namedTypeOf = (type: TypeNode): string =>
  type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);

const TEXT_TYPES = new Set(['String', 'ID']);

const masked = (_key: string, value: unknown) => (typeof value === 'string' ? 'm' : value === undefined ? 'u' : value);
const kept = (_key: string, value: unknown) =>
  typeof value === 'string' ? `s${value}` : value === undefined ? 'u' : value;

/** One key per operation name and shape of the variables the operation declares. */
export function variableShape(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): string {
  const parts: string[] = [operation.name?.value ?? ''];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!variables || !Object.hasOwn(variables, name)) {
      parts.push('-');
      continue;
    }
    const text = TEXT_TYPES.has(namedTypeOf(definition.type));
    // A top-level undefined would make JSON.stringify return undefined; the replacer maps it first.
    parts.push(JSON.stringify(variables[name], text ? masked : kept) ?? 'u');
  }
  return parts.join('\n');
}
