// Statements built once and then only bound: a lookup by key is the same Cypher text and the same
// parameters for every key, given its type and selection, so the builder runs once per type and
// selection, and each later call only puts its own key in the copy of the parameters it gets.
// Top-level lists and exploration queries are kept whole, keyed by their arguments' values and
// selection (`reuse`, through Translator.reused): the same question asked again builds nothing, and
// another page, filter, size or key is built as before.
//
// The cache key is the whole selection as the builder reads it (response names, arguments with
// their coerced values, nested fields), so two calls share an entry only when the builder would
// produce the same text and parameters but for the one bound value. That value is checked to sit
// where it will be bound before an entry is kept; a build that throws (an argument over its cap) is
// never kept, so it throws again. Entries are frozen: no call can change what another one sends.
import { LRUCache } from 'lru-cache';
import type { FieldsByTypeName } from './cypher-parts.js';
import type { Statement } from './statement.js';

/** Characters of keys and Cypher kept at most, per translator (about 8 MB). */
const MAX_CHARACTERS = 4_000_000;

/** Undefined is kept apart from absence, so that no two selections share a key by accident. */
export const marked = (_key: string, value: unknown) => (value === undefined ? '\u0000undefined' : value);

/** Keys of frozen selections (resolve-tree.ts gives a kept plan's selection again, frozen). */
const frozenKeys = new WeakMap<FieldsByTypeName, string>();

/** The selection as a key: everything the entity builders read from it, in document order. */
export function selectionKey(fieldsByTypeName: FieldsByTypeName): string {
  if (!Object.isFrozen(fieldsByTypeName)) return JSON.stringify(fieldsByTypeName, marked);
  let key = frozenKeys.get(fieldsByTypeName);
  if (key === undefined) {
    key = JSON.stringify(fieldsByTypeName, marked);
    frozenKeys.set(fieldsByTypeName, key);
  }
  return key;
}

/** Coerced argument values as a key, with the same care for undefined. */
export const argumentsKey = (args: object): string => JSON.stringify(args, marked);

export class CompiledStatements {
  private readonly cache = new LRUCache<string, Statement>({
    maxSize: MAX_CHARACTERS,
    sizeCalculation: (statement, key) => key.length + statement.cypher.length + 64,
  });

  /**
   * The statement `build` returns, with the parameter `param` set to `value`. `build` runs on the
   * first call for `key` (and again whenever its statement does not hold `value` in `param`).
   */
  bind(key: string, param: string, value: unknown, build: () => Statement): Statement {
    const compiled = this.cache.get(key);
    if (compiled) return { cypher: compiled.cypher, params: { ...compiled.params, [param]: value } };
    const statement = build();
    if (Object.hasOwn(statement.params, param) && statement.params[param] === value) {
      this.cache.set(key, Object.freeze({ cypher: statement.cypher, params: Object.freeze({ ...statement.params }) }));
    }
    return statement;
  }

  /**
   * The statement `build` returns for `key`, built on the first call only. For statements whose key
   * holds every value they depend on (arguments and selection): the same question asked again
   * builds nothing. A build that throws is never kept, so it throws again.
   */
  reuse(key: string, build: () => Statement): Statement {
    const compiled = this.cache.get(key);
    if (compiled) return { cypher: compiled.cypher, params: { ...compiled.params } };
    const statement = build();
    this.cache.set(key, Object.freeze({ cypher: statement.cypher, params: Object.freeze({ ...statement.params }) }));
    return statement;
  }

  /** Statements kept now (tests read it). */
  get size(): number {
    return this.cache.size;
  }
}
