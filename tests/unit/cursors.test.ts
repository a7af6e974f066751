// Cursors round-trip the position they were made from, and nothing else decodes as one.
import { describe, expect, it } from 'vitest';
import { fromCursor, toCursor } from '../../src/graph/ids.js';

describe('cursors', () => {
  it('carry a key, or under another order the sort value and key', () => {
    expect(fromCursor(toCursor('rec-2009-3'))).toEqual({ key: 'rec-2009-3' });
    expect(fromCursor(toCursor(['DEADLINE', 'DESC', null, 'rec-2009-1']))).toEqual({
      key: 'rec-2009-1',
      order: { by: 'DEADLINE', direction: 'DESC', value: null },
    });
    expect(fromCursor(toCursor(['NUMBER', 'ASC', 4, 'rec-2009-4'])).order?.value).toBe(4);
  });

  it('refuse anything else as BAD_USER_INPUT', () => {
    const forged = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    for (const bad of [
      'nonsense!',
      forged('cursor:[1,2,3]'),
      forged('cursor:["KEY","ASC",{},"k"]'),
      forged('cursor:[oops'),
      forged('cursor:Not A Key'),
    ]) {
      expect(() => fromCursor(bad), bad).toThrow(/not a valid cursor/);
    }
  });
});
