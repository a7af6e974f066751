// Global IDs (Relay) and cursors. Both are base64url text so that clients treat them as opaque; both
// are checked strictly on the way in, so that a malformed value is a BAD_USER_INPUT error, not a miss.
import { badInput } from '../errors.js';
import { isEntityType, type EntityType } from './model.js';

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function decode(value: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length > 1200) return undefined; // sorted cursors carry a name or date
  const text = Buffer.from(value, 'base64url').toString('utf8');
  // Buffer decoding never throws; re-encoding tells whether the input was canonical base64url.
  return encode(text) === value ? text : undefined;
}

export function toGlobalId(type: string, key: string): string {
  return encode(`${type}:${key}`);
}

export interface EntityRef {
  type: EntityType;
  key: string;
}

export function fromGlobalId(id: string, argument = 'id'): EntityRef {
  const text = decode(id);
  const match = text === undefined ? null : /^([A-Za-z]+):(.+)$/.exec(text);
  if (!match || !isEntityType(match[1]!) || !KEY_PATTERN.test(match[2]!)) {
    throw badInput(`"${argument}" is not a valid ID: expected an opaque ID returned by this API`, argument);
  }
  return { type: match[1] as EntityType, key: match[2]! };
}

/** Keys are lowercase words joined by hyphens; anything else cannot name an entity. */
export function checkKey(key: string, argument = 'key'): string {
  if (!KEY_PATTERN.test(key)) {
    throw badInput(
      `"${argument}" must be a key of lowercase letters, digits and hyphens (at most 128), such as "hmic"`,
      argument,
    );
  }
  return key;
}

/** A sort value as a cursor carries it: sort values are strings or numbers, or null for "none". */
export type SortValue = string | number | null;

/** What a list's Cypher returns for each item: its key, or for another order `[by, direction, value, key]`. */
export type RawCursor = string | [by: string, direction: string, value: SortValue, key: string];

export interface CursorPosition {
  key: string;
  /** Present when the cursor was made under an order other than by key, ascending. */
  order?: { by: string; direction: string; value: SortValue };
}

/**
 * Cursors wrap the sort position of the last item seen (its key, and under another order the sort
 * value too), so pages stay stable while the graph changes.
 */
export const toCursor = (raw: RawCursor) => encode(`cursor:${typeof raw === 'string' ? raw : JSON.stringify(raw)}`);

export function fromCursor(cursor: string, argument = 'after'): CursorPosition {
  const text = decode(cursor);
  const body = text?.startsWith('cursor:') ? text.slice('cursor:'.length) : undefined;
  const position = body === undefined ? undefined : body.startsWith('[') ? sortedPosition(body) : { key: body };
  if (position === undefined || !KEY_PATTERN.test(position.key)) {
    throw badInput(`"${argument}" is not a valid cursor: pass an endCursor or cursor returned by this API`, argument);
  }
  return position;
}

function sortedPosition(json: string): CursorPosition | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) return undefined;
  const [by, direction, value, key] = parsed as unknown[];
  const valueOk = value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
  if (typeof by !== 'string' || typeof direction !== 'string' || typeof key !== 'string' || !valueOk) return undefined;
  return { key, order: { by, direction, value: value as SortValue } };
}
