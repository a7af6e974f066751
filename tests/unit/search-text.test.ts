// What typed text becomes before it reaches the full-text index.
import { describe, expect, it } from 'vitest';
import { luceneQuery, ofTypes } from '../../src/graph/explore/search-text.js';
import { SEARCHED_TYPES, TEXT_FIELDS, TYPE_FIELD } from '../../src/graph/model.js';

/** A term in every text field, as the query writes it. */
const t = (term: string) => `(${TEXT_FIELDS.map((f) => `${f}:${term}`).join(' ')})`;
/** A word's group of alternatives, each in every text field. */
const w = (...terms: string[]) => `(${terms.map(t).join(' OR ')})`;

describe('luceneQuery', () => {
  it('offers each spelling of a name with an apostrophe', () => {
    const expected = w("o'connor", 'oconnor', 'oconnor*');
    expect(luceneQuery('O’Connor')).toBe(expected);
    expect(luceneQuery("O'Connor")).toBe(expected);
    expect(luceneQuery('o‘connor')).toBe(expected);
    expect(luceneQuery('oconnor')).toBe(w('oconnor', 'oconnor*'));
  });

  it('folds case and accents, drops quotes and punctuation, keeps digits', () => {
    expect(luceneQuery('“Flanágan”, 2009!')).toBe(`${w('flanagan', 'flanagan*')} ${w('2009', '2009*')}`);
    expect(luceneQuery('HMIC HMIC')).toBe(w('hmic', 'hmic*'));
    expect(luceneQuery('of')).toBe(w('of'));
  });

  it('matches the words in the text fields only, never in the type field', () => {
    const query = luceneQuery('finding recommendation');
    expect(query).not.toContain(`${TYPE_FIELD}:`);
    // Every term is field-qualified: nothing is left to the index's default fields (all of them).
    const terms = query
      .replace(/[()]/g, ' ')
      .split(/\s+/)
      .filter((x) => x && x !== 'OR');
    expect(terms.every((term) => (TEXT_FIELDS as readonly string[]).includes(term.split(':')[0]!))).toBe(true);
  });

  it('leaves no Lucene operator or field syntax of the text in the query', () => {
    const query = luceneQuery('title:(prevent OR "x") AND -y~2 ^3 \\ /re/ [a TO b] {c} && ||');
    const words = query.replace(new RegExp(`\\b(${TEXT_FIELDS.join('|')}):`, 'g'), '');
    expect(words).not.toMatch(/[:"~^\\/[\]{}&|]|\bAND\b|\bTO\b|(^|\s)-/);
    expect(query).toBe(
      [
        w('title', 'title*'),
        w('prevent', 'prevent*'),
        w('or'),
        w('x'),
        w('and', 'and*'),
        ...['y', '2', '3', 're', 'a', 'to', 'b', 'c'].map((x) => w(x)),
      ].join(' '),
    );
  });

  it('refuses text without words, and text over the caps', () => {
    expect(() => luceneQuery('  *:* ')).toThrow(/at least one letter or digit/);
    expect(() => luceneQuery('a'.repeat(201))).toThrow(/search text cap of 200/);
    expect(() => luceneQuery(Array.from({ length: 17 }, (_, i) => `w${i}`).join(' '))).toThrow(
      /17 words, above the cap of 16/,
    );
  });
});

describe('ofTypes', () => {
  it('requires one of the types, at boost 0 so that it adds nothing to the score, and the words', () => {
    const words = luceneQuery('prevent');
    expect(ofTypes(words, ['Recommendation'])).toBe(`+${TYPE_FIELD}:(recommendation)^0 +(${words})`);
    expect(ofTypes(words, ['Strand', 'CalendarDate'])).toBe(`+${TYPE_FIELD}:(strand calendardate)^0 +(${words})`);
  });

  it('names each searched type by one word the analyzer keeps as it is (no stop word, no split)', () => {
    for (const type of SEARCHED_TYPES) expect(type.toLowerCase()).toMatch(/^[a-z0-9]+$/);
  });
});
