// Caps on how much one exploration may ask for, and the checks that turn a value out of range into a
// BAD_USER_INPUT error naming the cap. Variable-length patterns grow with the degree of every node
// they cross, so the caps keep the worst case of a single request small on any graph.
import { badInput } from '../../errors.js';
import { RELATIONS, type RelationSpec } from '../model.js';

export const CAPS = {
  /** Hops from the center of a neighbourhood. */
  depth: 3,
  /** Nodes of a neighbourhood besides its center. */
  neighbours: 200,
  /** Relationships on a path. */
  pathLength: 6,
  /** Paths in K_PATHS mode. */
  k: 10,
  /** Paths returned in ALL_SHORTEST mode, where there may be many of equal length. */
  allShortest: 100,
  /** Characters of a search text. */
  searchText: 200,
} as const;

/** An integer in [min, cap]; `capName` says which cap in the message. */
export function checkInt(value: unknown, argument: string, min: number, cap: number, capName: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw badInput(`"${argument}" must be an integer`, argument);
  }
  if (value < min) throw badInput(`"${argument}" is ${value}, below the minimum of ${min}`, argument);
  if (value > cap) throw badInput(`"${argument}" is ${value}, above the ${capName} cap of ${cap}`, argument);
  return value;
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
  if (types.length === 0) throw badInput(`"${argument}" is empty: omit it to follow every type, or name some of ${names.join(', ')}`, argument);
  const unknown = types.filter((t) => !names.includes(t));
  if (unknown.length > 0) {
    throw badInput(`"${argument}" has unknown type(s) ${unknown.join(', ')}; allowed: ${names.join(', ')}`, argument);
  }
  return [...new Set(types)].sort();
}

/** Entity types to narrow a search or timeline to: omitted means all, an empty list is a mistake. */
export function checkEntityTypes<T extends string>(types: readonly T[] | null | undefined, argument = 'types'): T[] | undefined {
  if (types === null || types === undefined) return undefined;
  if (types.length === 0) throw badInput(`"${argument}" is empty: omit it to include every entity type`, argument);
  return [...new Set(types)];
}
