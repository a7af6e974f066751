// Writes are bounded in time like reads, and a write whose outcome is unknown says so. Through a
// proxy in front of the real Neo4j: a database that freezes before COMMIT leaves the write undone
// and answered QUERY_TIMEOUT by the client's deadline; a connection lost as COMMIT is sent answers
// WRITE_OUTCOME_UNKNOWN, never a plain failure.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { connect, type Database } from '../../src/db/neo4j.js';
import { WriteOutcomeUnknownError } from '../../src/db/failures.js';
import { errorCode } from '../../src/server/error-format.js';
import { cuttingProxy, type CuttingProxy } from '../support/cutting-proxy.js';
import { testDatabase } from '../support/helpers.js';

const TX_TIMEOUT_MS = 1_000;
const direct = () => testDatabase();

let proxy: CuttingProxy | undefined;
let db: Database | undefined;
afterEach(async () => {
  await db?.close().catch(() => undefined);
  await proxy?.close();
  const cleanup = direct();
  await cleanup.write("MATCH (n:Concept) WHERE n.key STARTS WITH 'write-outcome-' DETACH DELETE n");
  await cleanup.close();
});

async function through(): Promise<Database> {
  proxy = await cuttingProxy(inject('neo4jUri'));
  db = connect({
    uri: proxy.uri,
    username: 'neo4j',
    password: process.env.NEO4J_TEST_PASSWORD ?? '',
    database: undefined,
    txTimeoutMs: TX_TIMEOUT_MS,
  });
  await db.read('RETURN 1');
  return db;
}

async function exists(key: string): Promise<boolean> {
  const check = direct();
  try {
    return (await check.read('MATCH (n:Concept {key: $key}) RETURN count(n) AS n', { key })).records[0]!.get('n') > 0;
  } finally {
    await check.close();
  }
}

const create = "CREATE (:Entity:Concept {key: $key, name: 'written', sourceDocuments: [], sourceExcerpts: []})";

describe('bounded writes', () => {
  it('gives up on a frozen database at the deadline, as QUERY_TIMEOUT, and never commits afterwards', async () => {
    const key = 'write-outcome-frozen';
    const database = await through();
    const started = Date.now();
    const error = await database
      .transact(async (tx) => {
        proxy!.freeze();
        await tx.run(create, { key });
      })
      .catch((e: unknown) => e);
    expect(errorCode(error)).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await exists(key)).toBe(false);
  }, 60_000);

  it('answers WRITE_OUTCOME_UNKNOWN when the connection is lost as COMMIT is sent', async () => {
    const key = 'write-outcome-lost';
    const database = await through();
    const error = await database
      .transact(async (tx) => {
        await tx.run(create, { key });
        proxy!.downOnNextSend();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteOutcomeUnknownError);
    expect(errorCode(error)).toBe('WRITE_OUTCOME_UNKNOWN');
    // Here the COMMIT never reached the server: the write was not applied, which is one of the two
    // outcomes the code admits.
    expect(await exists(key)).toBe(false);
  }, 60_000);
});
