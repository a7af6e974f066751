// Checks on the arguments that size a request: integers within their cap, and the relationship and
// entity types a request names. A value above its cap is a BAD_USER_INPUT error that names the cap
// (`extensions.limit`, `max`); the caps themselves are the table in ../limits.ts.
import { badInput, overCap } from '../../errors.js';
import { LIMITS, type GraphLimits } from '../limits.js';
import { RELATIONS, type RelationSpec } from '../model.js';

/** An integer in [min, cap]; `capName` says which cap in the message, `limit` names it in the error. */
export function checkInt(
  value: unknown,
  argument: string,
  min: number,
  cap: number,
  capName: string,
  limit: string,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw badInput(`"${argument}" must be an integer`, argument);
  }
  if (value < min) throw badInput(`"${argument}" is ${value}, below the minimum of ${min}`, argument);
  if (value > cap) throw overCap(argument, limit, cap, `"${argument}" is ${value}, above the ${capName} cap of ${cap}`);
  return value;
}

/** An integer in [min, the cap of the limits table named `limit`]. */
export const checkCapped = (value: unknown, argument: string, min: number, limit: keyof GraphLimits, capName: string) =>
  checkInt(value, argument, min, LIMITS[limit], capName, limit);

/** A count of things (characters, words, IDs) at most the cap named `limit`. */
export function checkCount(
  count: number,
  argument: string,
  limit: keyof GraphLimits,
  what: string,
  capName: string,
): void {
  const max = LIMITS[limit];
  if (count > max)
    throw overCap(argument, limit, max, `"${argument}" has ${count} ${what}, above the ${capName}cap of ${max}`);
}

/**
 * Relationship types from a request reach Cypher text as types of a pattern, so only the model's
 * own may pass. `allowed` narrows the model (a timeline only follows relationships to dates).
 * Omitted means every allowed type; an empty list is a mistake, not "nothing".
 */
export function checkRelationshipTypes(
  types: readonly string[] | null | undefined,
  argument = 'relationshipTypes',
  allowed: readonly RelationSpec[] = RELATIONS,
): string[] {
  const names = [...new Set(allowed.map((r) => r.type))].sort();
  if (types === null || types === undefined) return names;
  if (types.length === 0)
    throw badInput(
      `"${argument}" is empty: omit it to follow every type, or name some of ${names.join(', ')}`,
      argument,
    );
  const unknown = types.filter((t) => !names.includes(t));
  if (unknown.length > 0) {
    throw badInput(`"${argument}" has unknown type(s) ${unknown.join(', ')}; allowed: ${names.join(', ')}`, argument);
  }
  return [...new Set(types)].sort();
}

/** Entity types to narrow a search or timeline to: omitted means all, an empty list is a mistake. */
export function checkEntityTypes<T extends string>(
  types: readonly T[] | null | undefined,
  argument = 'types',
): T[] | undefined {
  if (types === null || types === undefined) return undefined;
  if (types.length === 0) throw badInput(`"${argument}" is empty: omit it to include every entity type`, argument);
  return [...new Set(types)];
}
