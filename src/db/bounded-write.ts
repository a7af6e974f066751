// A write transaction with a deadline of its own, and an honest answer when its outcome is unknown.
// The server stops a transaction past its timeout, but a frozen or unreachable server stops nothing:
// the client gives up at the deadline instead. Before COMMIT is sent, giving up is safe, and the
// work, if it ever finishes, throws instead of committing. Once COMMIT is sent, a lost connection or
// the deadline leaves the write applied or not, and the caller is told so (WriteOutcomeUnknownError)
// rather than told it failed: every curation mutation is idempotent, so sending it again is safe.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import { WriteDeadlineError, WriteOutcomeUnknownError, failureKind } from './failures.js';

/** Extra time past the server's transaction timeout before the client stops waiting. */
export const WRITE_GRACE_MS = 2_000;

export async function boundedWrite<T>(
  session: Session,
  work: (tx: ManagedTransaction) => Promise<T>,
  config: { timeout: number },
): Promise<T> {
  const deadlineMs = config.timeout + WRITE_GRACE_MS;
  let committing = false;
  let abandoned = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = session
    .executeWrite(async (tx) => {
      committing = false;
      const result = await work(tx);
      if (abandoned) throw new WriteDeadlineError(deadlineMs);
      committing = true;
      return result;
    }, config)
    .catch((error: unknown) => {
      if (committing && failureKind(error) === 'unavailable') throw new WriteOutcomeUnknownError(error);
      throw error;
    });
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandoned = true;
      reject(committing ? new WriteOutcomeUnknownError() : new WriteDeadlineError(deadlineMs));
    }, deadlineMs);
  });
  try {
    const result = await Promise.race([attempt, deadline]);
    await session.close();
    return result;
  } catch (error) {
    // Closing waits for the transaction; past the deadline that may be forever, so not awaited.
    if (abandoned) void session.close().catch(() => undefined);
    else await session.close();
    throw error;
  } finally {
    clearTimeout(timer);
    attempt.catch(() => undefined);
  }
}
