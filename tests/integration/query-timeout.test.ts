// The Neo4j transaction timeout, on the real database: a statement that runs past it is stopped by
// Neo4j, and the API reports QUERY_TIMEOUT naming the limit, not the driver's message.
import { GraphQLError } from 'graphql';
import { expect, it } from 'vitest';
import { failureKind } from '../../src/db/failures.js';
import { formatErrorFor } from '../../src/server/error-format.js';
import { testDatabase } from '../support/helpers.js';

it('stops a statement at the transaction timeout and reports it as QUERY_TIMEOUT', { timeout: 60_000 }, async () => {
  const db = testDatabase(300);
  try {
    const started = performance.now();
    const error = await db.read('UNWIND range(1, 2000000000) AS x RETURN count(x) AS n').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(failureKind(error)).toBe('timeout');

    const format = formatErrorFor({ development: false, txTimeoutMs: 300, maxTokens: 2_000 });
    const wrapped = new GraphQLError((error as Error).message, {
      originalError: error as Error,
      path: ['organisations'],
    });
    expect(
      format(
        { message: wrapped.message, path: ['organisations'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        wrapped,
      ),
    ).toEqual({
      message: 'The query ran past the 0.3 s transaction timeout; ask for less (smaller pages, less nesting).',
      path: ['organisations'],
      locations: undefined,
      extensions: { code: 'QUERY_TIMEOUT', limit: 'txTimeoutMs', max: 300 },
    });
  } finally {
    await db.close();
  }
});
