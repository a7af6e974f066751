// Global IDs (Relay) and cursors. Both are base64url text so that clients treat them as opaque; both
// are checked strictly on the way in, so that a malformed value is a BAD_USER_INPUT error, not a miss.
import { badInput } from '../errors.js';
import { isEntityType, type EntityType } from './model.js';

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,127}$/;

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function decode(value: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length > 400) return undefined;
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
    throw badInput(`"${argument}" must be a key of lowercase letters, digits and hyphens (at most 128), such as "hmic"`, argument);
  }
  return key;
}

/** Cursors wrap the sort key of the last item seen, so pages stay stable while the graph changes. */
export const toCursor = (key: string) => encode(`cursor:${key}`);

export function fromCursor(cursor: string, argument = 'after'): string {
  const text = decode(cursor);
  const key = text?.startsWith('cursor:') ? text.slice('cursor:'.length) : undefined;
  if (key === undefined || !KEY_PATTERN.test(key)) {
    throw badInput(`"${argument}" is not a valid cursor: pass an endCursor or cursor returned by this API`, argument);
  }
  return key;
}
