// The arguments of the exploration queries share these: each query's class (<query>/args.ts) holds its
// defaults (a property initializer is the argument's `defaultValue` in the schema). The resolver hands a
// complete object to the Cypher builder, so no builder repeats a default; the cost estimators
// (src/schema/complexity.ts) read the same defaults. Caps live in the limits table (src/graph/limits.ts);
// the numbers in the descriptions are its defaults.

export const relationshipTypes = {
  nullable: true,
  description: 'Only these relationship types (see `relationshipTypes`); all when omitted.',
} as const;

/** The args with every null left by the request replaced by the class's default. */
export function complete<T extends object>(Args: new () => T, args: T): T {
  const given = Object.entries(args).filter(([, value]) => value !== null && value !== undefined);
  return Object.assign(new Args(), Object.fromEntries(given)) as T;
}
