// Calendar dates as the graph keys them: `2009`, `2009-06` or `2009-06-24`, a date at the precision
// the source gives, covering the days from `start` to `end`. Used by the source load (claims-file.ts)
// and by curation (src/curation/validate.ts), so both key and shape dates alike.

export interface CalendarFacts {
  precision: 'DAY' | 'MONTH' | 'YEAR';
  year: number;
  month: number | null;
  day: number | null;
  /** The first and last day the date covers, so that periods compare as intervals. */
  start: string;
  end: string;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const DATE_KEY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The calendar facts of a date key, or null when it is no real date. */
export function dateOf(key: string): CalendarFacts | null {
  const m = DATE_KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  const start = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (day !== undefined && start.getUTCDate() !== day) return null;
  const end = day ? start : new Date(Date.UTC(month ? year : year + 1, month ?? 0, 0));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { precision: day ? 'DAY' : month ? 'MONTH' : 'YEAR', year, month: month ?? null, day: day ?? null, start: iso(start), end: iso(end) };
}
