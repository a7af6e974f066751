// What typed text becomes before it reaches the full-text index.
import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../src/graph/explore/search-text.js';

describe('luceneQuery', () => {
  it('offers each spelling of a name with an apostrophe', () => {
    const expected = "(o'connor OR oconnor OR oconnor*)";
    expect(luceneQuery('O’Connor')).toBe(expected);
    expect(luceneQuery("O'Connor")).toBe(expected);
    expect(luceneQuery('o‘connor')).toBe(expected);
    expect(luceneQuery('oconnor')).toBe('(oconnor OR oconnor*)');
  });

  it('folds case and accents, drops quotes and punctuation, keeps digits', () => {
    expect(luceneQuery('“Flanágan”, 2009!')).toBe('(flanagan OR flanagan*) (2009 OR 2009*)');
    expect(luceneQuery('HMIC HMIC')).toBe('(hmic OR hmic*)');
    expect(luceneQuery('of')).toBe('(of)');
  });

  it('leaves no Lucene operator or field syntax in the query', () => {
    const query = luceneQuery('title:(prevent OR "x") AND -y~2 ^3 \\ /re/ [a TO b] {c} && ||');
    expect(query).not.toMatch(/[:"~^\\/[\]{}&|]|\bAND\b|\bTO\b|(^|\s)-/);
    expect(query).toBe(
      '(title OR title*) (prevent OR prevent*) (or) (x) (and OR and*) (y) (2) (3) (re) (a) (to) (b) (c)',
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
