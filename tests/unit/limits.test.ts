// The caps on a read are one table; an argument above its cap fails with the cap's name and value,
// and the configuration may change a cap at start-up.
import { afterEach, describe, expect, it } from 'vitest';
import { luceneQuery } from '../../src/graph/explore/search-text.js';
import { checkCapped } from '../../src/graph/lists/bounds.js';
import { configureLimits, DEFAULT_GRAPH_LIMITS, LIMITS } from '../../src/graph/limits.js';

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('nothing thrown');
};

describe('the limits table', () => {
  afterEach(() => configureLimits({ ...DEFAULT_GRAPH_LIMITS }));

  it('names the cap and its value in every error above a cap', () => {
    expect(thrown(() => checkCapped(7, 'maxLength', 1, 'pathLength', 'path length')).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'maxLength',
      limit: 'pathLength',
      max: 6,
    });
    expect(thrown(() => luceneQuery('x'.repeat(201))).extensions).toMatchObject({ limit: 'searchText', max: 200 });
    expect(thrown(() => luceneQuery(Array.from({ length: 17 }, (_, i) => `w${i}`).join(' '))).extensions).toMatchObject(
      { limit: 'searchWords', max: 16 },
    );
  });

  it('takes what the configuration sets, and refuses a cap that is not a positive integer', () => {
    configureLimits({ pathLength: 8 });
    expect(LIMITS.pathLength).toBe(8);
    expect(checkCapped(8, 'maxLength', 1, 'pathLength', 'path length')).toBe(8);
    expect(LIMITS.depth).toBe(DEFAULT_GRAPH_LIMITS.depth);
    expect(() => configureLimits({ depth: 0 })).toThrow(/positive integer/);
  });
});
