// The graph view's request discipline and wording: an answer to a superseded request is dropped,
// even when it arrives last; errors become plain sentences without codes or argument names; what
// the user typed is echoed only in part.
import { describe, expect, it } from 'vitest';
import { GraphQLRequestError, NetworkError } from '../../packages/client/src/index.js';
import { echo, latest, plainError, Superseded } from '../../web/graph/messages.js';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('the graph view’s messages', () => {
  it('drops the answer of a request superseded by a newer one, whichever arrives first', async () => {
    const newest = latest();
    const slow = newest(later('old', 40));
    const fast = newest(later('new', 5));
    await expect(fast).resolves.toBe('new');
    await expect(slow).rejects.toBeInstanceOf(Superseded);
    const failing = newest(Promise.reject(new Error('x')));
    await expect(failing).rejects.toThrow('x');
  });

  it('says what went wrong in plain words, without codes or argument names', () => {
    const error = new GraphQLRequestError(
      'BAD_USER_INPUT: "text" must contain at least one letter or digit',
      [{ message: '"text" must contain at least one letter or digit', code: 'BAD_USER_INPUT' }],
      400,
    );
    expect(plainError(error)).toBe('Type at least one letter or digit.');
    const long = new GraphQLRequestError(
      'x',
      [{ message: '"text" has 300 characters, above the search text cap of 200', code: 'BAD_USER_INPUT' }],
      400,
    );
    expect(plainError(long)).not.toMatch(/text"|BAD_USER_INPUT|cap/);
    expect(plainError(new NetworkError(new TypeError('Failed to fetch')))).toMatch(/could not be reached/);
    // A bug in the page is not blamed on the connection.
    expect(plainError(new TypeError("Cannot read properties of undefined (reading 'key')"))).toBe(
      'Something went wrong: try again.',
    );
  });

  it('echoes at most 40 characters of the input', () => {
    expect(echo('  Police   Service ')).toBe('“Police Service”');
    expect(echo('x'.repeat(500))).toHaveLength(42);
  });
});
