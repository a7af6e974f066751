// Lookups by key are built once per type and selection and then only bound (src/graph/compiled.ts):
// the same document with other variable values must send its own values, and a different shape of
// variables or selection must send its own Cypher. No database: the statements are recorded.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Translator } from '../../src/graph/translate.js';
import { createServer } from '../../src/server/create-server.js';
import { COST_LIFTED } from '../support/limits.js';
import { recordingDatabase } from '../support/fake-database.js';

const db = recordingDatabase();
const server = createServer(COST_LIFTED);
const translator = new Translator({ maxPageSize: 100, defaultPageSize: 20 });
beforeAll(() => server.start());
afterAll(() => server.stop());

async function sent(query: string, variables?: Record<string, unknown>) {
  db.statements.length = 0;
  const response = await server.executeOperation({ query, variables }, { contextValue: { db, translator } });
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
  return { statements: [...db.statements], errors };
}

/** What a translator that has never seen the operation sends. */
async function fresh(query: string, variables?: Record<string, unknown>) {
  db.statements.length = 0;
  await server.executeOperation(
    { query, variables },
    { contextValue: { db, translator: new Translator({ maxPageSize: 100, defaultPageSize: 20 }) } },
  );
  return [...db.statements];
}

const LOOKUP = `query($key: String!, $n: Int) { organisation(key: $key) { key name inspects(first: $n) { nodes { key } } } }`;

describe('compiled lookups', () => {
  it('binds each request’s own key into the statement built once', async () => {
    const first = await sent(LOOKUP, { key: 'hmic', n: 2 });
    const second = await sent(LOOKUP, { key: 'psni', n: 2 });
    expect(first.statements).toHaveLength(1);
    expect(second.statements[0]!.cypher).toBe(first.statements[0]!.cypher);
    expect(first.statements[0]!.params.param0).toBe('hmic');
    expect(second.statements[0]!.params.param0).toBe('psni');
    // Exactly what an unprimed translator sends for the same request.
    expect(second.statements).toEqual(await fresh(LOOKUP, { key: 'psni', n: 2 }));
    expect(translator.compiled.size).toBeGreaterThan(0);
  });

  it('sends other values and other Cypher when a size or the shape of the variables changes', async () => {
    const two = await sent(LOOKUP, { key: 'hmic', n: 2 });
    const five = await sent(LOOKUP, { key: 'hmic', n: 5 });
    const absent = await sent(LOOKUP, { key: 'hmic' });
    expect(five.statements).toEqual(await fresh(LOOKUP, { key: 'hmic', n: 5 }));
    expect(absent.statements).toEqual(await fresh(LOOKUP, { key: 'hmic' }));
    expect(five.statements[0]!.params).not.toEqual(two.statements[0]!.params);
    expect(absent.statements[0]!.params).not.toEqual(two.statements[0]!.params);
    const narrower = await sent(`query($key: String!) { organisation(key: $key) { key } }`, { key: 'hmic' });
    expect(narrower.statements[0]!.cypher).not.toBe(two.statements[0]!.cypher);
    const typed = await sent(`query($key: String!) { entity(key: $key) { key } }`, { key: 'hmic' });
    expect(typed.statements[0]!.cypher).not.toBe(narrower.statements[0]!.cypher);
  });

  it('refuses an argument over its cap every time, never from a cached statement', async () => {
    for (let i = 0; i < 2; i++) {
      const over = await sent(LOOKUP, { key: 'hmic', n: 5000 });
      expect(over.statements).toHaveLength(0);
      expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('never lets one request change the parameters another one sends', async () => {
    const a = await sent(LOOKUP, { key: 'hmic', n: 3 });
    (a.statements[0]!.params as Record<string, unknown>).param0 = 'tampered';
    const b = await sent(LOOKUP, { key: 'psni', n: 3 });
    expect(b.statements[0]!.params.param0).toBe('psni');
    expect(b.statements).toEqual(await fresh(LOOKUP, { key: 'psni', n: 3 }));
  });
});
