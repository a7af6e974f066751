// The parsers of environment variables, as zod schemas: one for switches, one for integers, one for
// lists and one for a choice of words. Unset and empty mean "the default"; anything else that does
// not parse stops start-up with an error naming the variable (see `parseEnv`). The API's variables
// are declared in src/variables.ts; scripts use these parsers for their own.
import { z } from 'zod';

const unset = (raw: string | undefined): raw is undefined | '' => raw === undefined || raw.trim() === '';

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

/** The one boolean parser: 1/true/yes/on and 0/false/no/off, any case; unset gives `fallback`. */
export function parseFlag(raw: string | undefined): boolean | undefined {
  if (unset(raw)) return undefined;
  const word = raw.trim().toLowerCase();
  if (TRUE.has(word)) return true;
  if (FALSE.has(word)) return false;
  throw new Error(`must be true or false (or 1/0, yes/no, on/off), got "${raw}"`);
}

/** Runs `parse` on the raw value; its error message becomes the variable's issue. */
function parsed<T>(parse: (raw: string | undefined) => T) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      try {
        return parse(raw);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    });
}

/** A switch, `fallback` when unset. */
export const flag = <F extends boolean | undefined>(fallback: F) => parsed((raw) => parseFlag(raw) ?? fallback);

/** An integer of at least `min`, `fallback` when unset. */
export const int = (fallback: number, min = 1) =>
  parsed((raw) => {
    if (unset(raw)) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`must be an integer of at least ${min}, got "${raw}"`);
    return value;
  });

/** A comma-separated list, each item trimmed and checked by `check` (which throws to refuse it). */
export const list = (check: (item: string) => void = () => {}) =>
  parsed((raw) => {
    const items = (raw ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    items.forEach(check);
    return items;
  });

/** One of `words`, the first when unset. */
export const oneOf = <const W extends readonly [string, ...string[]]>(words: W) =>
  parsed((raw): W[number] => {
    if (unset(raw)) return words[0];
    if (!words.includes(raw)) throw new Error(`must be ${words.map((w) => `"${w}"`).join(' or ')}, got "${raw}"`);
    return raw;
  });

/** Text; `fallback` when unset or empty. */
export const text = <F extends string | undefined>(fallback: F) => parsed((raw) => (unset(raw) ? fallback : raw));

/** Text checked by `check`, or undefined when unset or empty. */
export const checked = <T>(check: (raw: string) => T) => parsed((raw) => (unset(raw) ? undefined : check(raw)));

/** Parses `env` with `schema`; every variable that fails is named in one start-up error. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; '));
}

/** One integer variable on its own (scripts' settings): `fallback` when unset, else at least `min`. */
export function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  return parseEnv(z.object({ [name]: int(fallback, min) }), env)[name] as number;
}
