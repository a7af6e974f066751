// Dates in requests are periods: a year, a month or a day, each the interval of days it covers.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/graph/lists/periods.js';

describe('parsePeriod', () => {
  it('turns a year, a month and a day into the days they cover', () => {
    expect(parsePeriod('2009', 'x')).toEqual({ start: '2009-01-01', end: '2009-12-31' });
    expect(parsePeriod('2008-04', 'x')).toEqual({ start: '2008-04-01', end: '2008-04-30' });
    expect(parsePeriod('2008-02', 'x')).toEqual({ start: '2008-02-01', end: '2008-02-29' });
    expect(parsePeriod('2009-06-24', 'x')).toEqual({ start: '2009-06-24', end: '2009-06-24' });
  });

  it('refuses what is not a calendar date, naming the argument', () => {
    expect(() => parsePeriod('2009-13', 'from')).toThrow(/"from" is not a calendar date/);
    expect(() => parsePeriod('2009-02-29', 'from')).toThrow(/not a calendar date/);
    expect(() => parsePeriod('24 June 2009', 'to')).toThrow(/"to" must be a year, month or day/);
    expect(() => parsePeriod('2009-6', 'to')).toThrow(/must be a year, month or day/);
  });
});
