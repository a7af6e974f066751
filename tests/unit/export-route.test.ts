// How GET /export/<file> fails, without a database: a stand-in whose statements fail on cue. With the
// database away before the first byte the answer is a clean 503; when it fails after the headers have
// gone, the connection is cut, so no client mistakes a truncated file for a whole one.
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../../src/db/failures.js';
import type { Database } from '../../src/db/neo4j.js';
import { QUERIES } from '../../src/db/queries.js';
import { createAdmission } from '../../src/server/admission.js';
import { mountExports } from '../../src/server/exports.js';
import { listen, type Listening } from '../../src/server/http.js';

const record = (values: Record<string, unknown>) => ({ get: (name: string) => values[name] });

/** Answers the entity page with one entity; `failOn` names the statement that throws. */
function failingDatabase(failOn: 'export-entities' | 'export-relationships'): Database {
  const read = async (cypher: string) => {
    if (cypher === QUERIES[failOn]) throw new DatabaseUnavailableError();
    if (cypher === QUERIES['export-entities']) {
      return {
        records: [
          record({
            key: 'hmic',
            labels: ['Organisation'],
            props: { name: 'HMIC', sourceDocuments: ['d'], sourceExcerpts: ['HMIC'] },
          }),
        ],
      };
    }
    return { records: [] };
  };
  return { read } as unknown as Database;
}

let served: Listening | undefined;
afterEach(() => served?.close());

async function serveWith(db: Database, admission?: ReturnType<typeof createAdmission>): Promise<string> {
  const app = express();
  mountExports({ db, verify: async () => ({ viewer: null }), readsRequireToken: false, admission })(app);
  served = await listen(app, 0, '127.0.0.1');
  return served.url.replace(/\/graphql$/, '');
}

describe('export failures', () => {
  it('answers 503 SERVICE_UNAVAILABLE when the database is away before the first byte', async () => {
    const base = await serveWith(failingDatabase('export-entities'));
    const response = await fetch(`${base}/export/graph.jsonld`);
    expect(response.status).toBe(503);
    expect((await response.json()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('cuts the connection when the database fails mid-stream', async () => {
    const base = await serveWith(failingDatabase('export-relationships'));
    const response = await fetch(`${base}/export/graph.jsonld`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });
});

describe('export admission', () => {
  it('refuses an export the heavy lane cannot take with 503 OVERLOADED and Retry-After, and runs one it can', async () => {
    // No slot and no queue at all: nothing heavy can be admitted.
    const full = createAdmission({ maxInFlight: 2, maxQueue: 0, cheapCost: 50, retryAfterSeconds: 3 });
    const blocker = full.admit('heavy', 1)!;
    let release: () => void = () => {};
    const held = full.run(blocker, () => new Promise<void>((resolve) => (release = resolve)));
    const base = await serveWith(failingDatabase('export-relationships'), full);
    const refused = await fetch(`${base}/export/Organisation.csv`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('3');
    expect((await refused.json()).errors[0].extensions.code).toBe('OVERLOADED');
    release();
    await held;
    full.release(blocker);
    const answered = await fetch(`${base}/export/Organisation.csv`);
    expect(answered.status).toBe(200);
    expect(await answered.text()).toContain('hmic');
    expect(full.inFlight).toBe(0);
  });
});
