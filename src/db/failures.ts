// What kind of failure a database error is, so that the API can answer with a stable code: the
// database is away (SERVICE_UNAVAILABLE, and the availability guard stops sending it queries), too
// busy to take the query now, or the query ran past the transaction timeout.
import { Neo4jError } from 'neo4j-driver';

export type FailureKind = 'unavailable' | 'busy' | 'timeout';

/** Thrown without a round trip while the database is known to be down (see availability.ts). */
export class DatabaseUnavailableError extends Error {
  constructor() {
    super('the database is not answering; queries are refused until it does');
    this.name = 'DatabaseUnavailableError';
  }
}

/** A write the client stopped waiting for before it sent COMMIT: nothing was written. */
export class WriteDeadlineError extends Error {
  constructor(deadlineMs: number) {
    super(`the write did not finish within ${deadlineMs} ms and was abandoned before commit`);
    this.name = 'WriteDeadlineError';
  }
}

/** COMMIT was sent, then the connection was lost or the deadline passed: applied or not, unknown. */
export class WriteOutcomeUnknownError extends Error {
  constructor(cause?: unknown) {
    super('the connection was lost after the write was sent for commit', { cause });
    this.name = 'WriteOutcomeUnknownError';
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function failureKind(error: unknown): FailureKind | undefined {
  if (error instanceof DatabaseUnavailableError) return 'unavailable';
  if (error instanceof WriteDeadlineError) return 'timeout';
  if (!(error instanceof Neo4jError)) return undefined;
  const code = error.code ?? '';
  if (UNAVAILABLE_CODES.has(code) || code.includes('DatabaseUnavailable')) return 'unavailable';
  if (code.includes('TransactionTimedOut')) return 'timeout';
  // The pool's own error has no server code: every connection is taken and none came free in time.
  if (code.startsWith('Neo.TransientError') || error.message.startsWith('Connection acquisition timed out'))
    return 'busy';
  return undefined;
}
