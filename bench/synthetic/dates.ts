// CalendarDate nodes as the source's facts make them (src/data/facts.ts): the key is the ISO date at
// its precision, and `start`/`end` are the first and last day it covers.
import { MONTHS } from './vocabulary.js';

const pad = (n: number) => String(n).padStart(2, '0');
export const dayKey = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const monthKey = (y: number, m: number) => `${y}-${pad(m)}`;

export function dateNode(key: string): { name: string } & Record<string, string | number | null> {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number | undefined];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    name: day ? `${day} ${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${year}`,
    precision: day ? 'DAY' : 'MONTH',
    year,
    month,
    day: day ?? null,
    start: day ? key : `${key}-01`,
    end: day ? key : `${key}-${pad(last)}`,
  };
}
