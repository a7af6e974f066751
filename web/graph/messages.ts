// What the view says when something goes wrong or finds nothing: plain sentences, no argument names
// or error codes, and whatever the user typed echoed only in part.
import { GraphQLRequestError, NetworkError } from '../../packages/client/src/index.js';

const ECHO = 40;

/** What the user typed, cut to a readable length, in quotes. */
export function echo(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return `“${trimmed.length > ECHO ? `${trimmed.slice(0, ECHO - 1)}…` : trimmed}”`;
}

/** One sentence for a failed request, chosen by the error's code rather than its technical message. */
export function plainError(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    const codes = error.codes;
    const message = error.errors[0]?.message ?? '';
    if (codes.includes('BAD_USER_INPUT')) {
      if (/letter or digit/.test(message)) return 'Type at least one letter or digit.';
      if (/cap|characters|words/.test(message)) return 'That is too long to look up: shorten it and try again.';
      if (/no entity has the key/.test(message)) return 'One of those entities is not in the graph any more.';
      return 'The graph could not use that input: check it and try again.';
    }
    if (codes.includes('OVERLOADED')) return 'The server is busy: try again in a moment.';
    if (codes.includes('QUERY_TIMEOUT')) return 'That took too long to answer: try something narrower.';
    if (codes.includes('SERVICE_UNAVAILABLE') || error.status === 503)
      return 'The database is not reachable just now: try again shortly.';
    return 'The server could not answer that: try again.';
  }
  if (error instanceof NetworkError) return 'The server could not be reached: check the connection and try again.';
  return 'Something went wrong: try again.';
}

/** Thrown (and ignored) when a newer request of the same kind has started since. */
export class Superseded extends Error {}

/**
 * Each kind of request (search, suggest, path…) keeps only its newest answer: a slow reply to an
 * older request is dropped rather than drawn over a newer one.
 */
export function latest() {
  let generation = 0;
  return async <T>(work: Promise<T>): Promise<T> => {
    const mine = ++generation;
    try {
      const result = await work;
      if (mine !== generation) throw new Superseded();
      return result;
    } catch (error) {
      throw mine === generation ? error : new Superseded();
    }
  };
}
