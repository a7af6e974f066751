// The availability guard's bookkeeping of reads in flight (src/db/availability.ts), with a stand-in
// database whose statements end only when the test says: reads in flight are cut short when the
// database is found down, and a read that ends after it was cut does not free the slot a later read
// holds. The guard against a real database that goes away is tests/integration/outage.test.ts.
import type { QueryResult } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { guardAvailability } from '../../src/db/availability.js';
import { DatabaseUnavailableError } from '../../src/db/failures.js';
import type { Database } from '../../src/db/neo4j.js';

const ANSWER = { records: [], summary: {} } as unknown as QueryResult;

function standIn() {
  const running: ((answer: QueryResult) => void)[] = [];
  let answers = true;
  const db = {
    driver: undefined as never,
    read: () => new Promise<QueryResult>((resolve) => running.push(resolve)),
    write: async () => ANSWER,
    writeAll: async () => {},
    transact: async () => undefined as never,
    ping: async () => answers,
    close: async () => {},
  } as Database;
  return {
    db,
    running,
    answering(next: boolean) {
      answers = next;
    },
  };
}

const options = { probeIntervalMs: 60_000, probeTimeoutMs: 100, suspectAfterMs: 60_000 };

describe('the availability guard', () => {
  it('cuts every read in flight when a probe finds the database down, and refuses new ones', async () => {
    const stand = standIn();
    const { db, availability } = guardAvailability(stand.db, options);
    const reads = [db.read('RETURN 1'), db.read('RETURN 2')];
    stand.answering(false);
    expect(await availability.check()).toBe(false);
    for (const read of reads) await expect(read).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(db.read('RETURN 3')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    availability.stop();
  });

  it('still cuts a later read after the reads cut before it end late', async () => {
    const stand = standIn();
    const { db, availability } = guardAvailability(stand.db, options);
    const early = [db.read('RETURN 1'), db.read('RETURN 2')];
    stand.answering(false);
    await availability.check();
    for (const read of early) await expect(read).rejects.toBeInstanceOf(DatabaseUnavailableError);

    stand.answering(true);
    expect(await availability.check()).toBe(true);
    const later = db.read('RETURN 3'); // takes a slot the cut reads gave back
    let outcome: unknown = 'pending';
    later.then(
      () => (outcome = 'answered'),
      (error: unknown) => (outcome = error),
    );
    // The statements of the cut reads end now; the later read must keep its slot.
    for (const end of stand.running.slice(0, 2)) end(ANSWER);
    await new Promise((resolve) => setImmediate(resolve));
    expect(outcome).toBe('pending');

    stand.answering(false);
    await availability.check();
    await expect(later).rejects.toBeInstanceOf(DatabaseUnavailableError);
    availability.stop();
  });

  it('answers a read with its statement’s answer while the database is up', async () => {
    const stand = standIn();
    const { db, availability } = guardAvailability(stand.db, options);
    const read = db.read('RETURN 1');
    stand.running[0]!(ANSWER);
    await expect(read).resolves.toBe(ANSWER);
    availability.stop();
  });
});
