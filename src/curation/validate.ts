// Field-by-field checks of curation input. Each failure is a BAD_USER_INPUT error whose `field` is the
// input path (`input.evidence`), raised before any transaction opens. Text is stored as given apart
// from Unicode normalisation (NFC) and trimming; curly quotes, accents and other scripts are welcome.
import { calendarPeriod, DATE_TEXT, MONTHS, type CalendarPeriod } from '../graph/calendar.js';
import { badField } from '../errors.js';
import { checkKey, fromGlobalId, type EntityRef } from '../graph/ids.js';
import type { EntityType } from '../graph/model.js';

/** Characters of curated text: one-line fields, passages and reasons. Declared here only. */
export const MAX_TEXT = { line: 500, passage: 4_000, reason: 1_000 } as const;
export type TextKind = keyof typeof MAX_TEXT;

/** The caps' names in errors (`extensions.limit`), as the README's Limits section lists them. */
const TEXT_LIMIT = {
  line: 'maxLineLength',
  passage: 'maxPassageLength',
  reason: 'maxReasonLength',
} as const satisfies Record<TextKind, string>;

// C0/C1 control characters other than tab and newline; they have no place in the graph's text and
// some (NUL) are mishandled downstream.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function text(field: string, value: string, kind: TextKind, { multiline = false } = {}): string {
  const max = MAX_TEXT[kind];
  if (LONE_SURROGATE.test(value)) throw badField(field, 'is not well-formed Unicode (it holds a lone surrogate)');
  const normalised = value.normalize('NFC').trim();
  if (normalised === '') throw badField(field, 'must not be empty');
  if (normalised.length > max) {
    throw badField(field, `is ${normalised.length} characters long, above the limit of ${max}`, {
      limit: TEXT_LIMIT[kind],
      max,
    });
  }
  if (CONTROL.test(normalised) || (!multiline && /[\n\r\t]/.test(normalised))) {
    throw badField(field, multiline ? 'holds control characters' : 'must be one line without control characters');
  }
  return normalised;
}

export function optionalText(field: string, value: string | null | undefined, kind: TextKind): string | null {
  return value === undefined || value === null ? null : text(field, value, kind);
}

/**
 * Keys the API derives for the entities it makes itself: a calendar date is its date, a progress
 * update `progress-<recommendation>-<date>`, an audit record `audit-<time>-<random>`. A chosen key
 * may not take one of these forms, or a later update or date would land on an entity of another type.
 */
const DERIVED_KEYS: [RegExp, string][] = [
  [DATE_TEXT, 'calendar dates'],
  [/^progress-/, 'progress updates'],
  [/^audit-/, 'audit records'],
];

/** A key for a new entity, in the form every key has and none of the derived forms. */
export function newKey(field: string, key: string): string {
  let checked: string;
  try {
    checked = checkKey(key, field);
  } catch {
    throw badField(
      field,
      'must be a key of lowercase letters, digits and hyphens (at most 128), such as "prevent-review-2011"',
    );
  }
  const derived = DERIVED_KEYS.find(([form]) => form.test(checked));
  if (derived) throw badField(field, `has the form of the keys the API gives ${derived[1]}; choose another`);
  return checked;
}

/** A global ID that must name an entity of one of `types` (whether it exists is checked in the transaction). */
export function reference(field: string, id: string, types: readonly EntityType[]): EntityRef {
  let ref: EntityRef;
  try {
    ref = fromGlobalId(id, field);
  } catch {
    throw badField(field, 'is not a valid ID: expected an opaque ID returned by this API');
  }
  if (!types.includes(ref.type)) {
    throw badField(
      field,
      `must be the ID of ${types.length === 1 ? 'a' : 'one of'} ${types.join(', ')}, not of a ${ref.type}`,
    );
  }
  return ref;
}

/** A web address as sources give them, with or without the scheme. */
export function webAddress(field: string, value: string | null | undefined): string | null {
  const address = optionalText(field, value, 'line');
  if (address === null) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(address) ? address : `https://${address}`);
    if (!url.hostname.includes('.') || /\s/.test(address)) throw new Error('no host');
  } catch {
    throw badField(field, 'must be a web address such as www.example.org/report or https://example.org/report');
  }
  return address;
}

export interface CalendarDateFacts {
  key: string;
  start: string;
  end: string;
  props: Omit<CalendarPeriod, 'start' | 'end'> & { name: string };
}

/** `2009-09-30`, `2009-09` or `2009`: the date at the precision given, keyed as the source's dates are. */
export function calendarDate(field: string, value: string): CalendarDateFacts {
  const key = value.trim();
  const date = calendarPeriod(key);
  if (!date || date.year < 1900 || date.year > 2100) {
    throw badField(field, 'must be a date between 1900 and 2100 as YYYY-MM-DD, YYYY-MM or YYYY, such as 2009-09-30');
  }
  const { start, end, ...facts } = date;
  const { year, month, day } = facts;
  const name = day ? `${day} ${MONTHS[month! - 1]} ${year}` : month ? `${MONTHS[month - 1]} ${year}` : String(year);
  return { key, start, end, props: { name, ...facts } };
}
