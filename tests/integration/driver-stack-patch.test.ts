// neo4j-driver-core is patched (patches/neo4j-driver-core+6.3.0.patch, applied by `npm ci`): every
// result records its caller's stack, so that a statement's failure points at the code that ran it.
// The driver read that stack as text for every result; patched, it keeps the Error and reads its
// text only when the statement fails. These tests check both halves on a real database: no stack is
// formatted for a statement that succeeds (the patch is in place), and a failed statement's error
// still carries the frames of its caller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/neo4j.js';
import { testDatabase } from '../support/helpers.js';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

/** How many stacks V8 formats while `work` runs (each read of an Error's `stack`, first time). */
async function stacksFormatted(work: () => Promise<unknown>): Promise<number> {
  const previous = Error.prepareStackTrace;
  let formatted = 0;
  Error.prepareStackTrace = (error, frames) => {
    formatted++;
    return `${error}\n${frames.map((frame) => `    at ${frame}`).join('\n')}`;
  };
  try {
    await work();
  } finally {
    Error.prepareStackTrace = previous;
  }
  return formatted;
}

async function readFromANamedCaller(cypher: string): Promise<unknown> {
  return db.read(cypher);
}

describe('neo4j-driver-core, as patched', () => {
  it('formats no stack for a statement that succeeds (the patch is applied)', async () => {
    await readFromANamedCaller('RETURN 1 AS warm'); // the connection is opened outside the count
    const formatted = await stacksFormatted(async () => {
      const result = await readFromANamedCaller('RETURN 1 AS one');
      expect(result).toMatchObject({ records: [expect.anything()] });
    });
    expect(formatted).toBe(0);
  });

  it('gives a failed statement’s error the frames of the code that ran it', async () => {
    const error = await readFromANamedCaller('RETURN 1 / 0 AS nothing').then(
      () => undefined,
      (thrown: unknown) => thrown as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toMatch(/by zero/i);
    const stack = error?.stack ?? '';
    expect(stack.split('\n')[0]).toContain(error?.message.split('\n')[0]);
    expect(stack).toContain('readFromANamedCaller');
  });
});
