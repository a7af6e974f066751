// Dates as the source and requests give them: a year (`2009`), a month (`2009-06`) or a day
// (`2009-06-24`), each the interval of days it covers. One reading for the load (CalendarDate keys),
// the curation inputs and the list filters, so that all three agree on what a date is.

/** Month names, January first, as dates are named ("September 2009"). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const DATE_TEXT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface CalendarPeriod {
  precision: 'DAY' | 'MONTH' | 'YEAR';
  year: number;
  month: number | null;
  day: number | null;
  /** First day covered, ISO 8601. */
  start: string;
  /** Last day covered, ISO 8601. */
  end: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The period a date text covers, or null when it is not one or names no real day (2009-02-30). */
export function calendarPeriod(text: string): CalendarPeriod | null {
  const match = DATE_TEXT.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  const start = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  // Date.UTC rolls 2009-02-30 over into March; a value that does not survive the trip is no date.
  if (start.getUTCFullYear() !== year || start.getUTCMonth() + 1 !== (month ?? 1) || start.getUTCDate() !== (day ?? 1))
    return null;
  const end = day !== null ? start : new Date(Date.UTC(month !== null ? year : year + 1, month ?? 0, 0));
  return {
    precision: day !== null ? 'DAY' : month !== null ? 'MONTH' : 'YEAR',
    year,
    month,
    day,
    start: iso(start),
    end: iso(end),
  };
}
