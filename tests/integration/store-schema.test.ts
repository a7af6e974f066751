// The store's schema follows the model: a full-text index left by an older model (other labels,
// other fields) is replaced at set-up, so a new entity type is searched without dropping the index by
// hand; and start-up brings a store written before the index held each entity's type up to date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ensureSchema } from '../../src/data/store-schema.js';
import { SEARCHED_TYPES, TEXT_FIELDS, TYPE_FIELD } from '../../src/graph/model.js';
import { createLogger } from '../../src/server/logging.js';
import { serve } from '../../src/start.js';
import { type Harness, openHarness, run } from '../support/helpers.js';
import { TEST_SECRET } from '../support/tokens.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(async () => {
  await ensureSchema(h.db);
  await h.close();
});

const indexedLabels = async () => {
  const { records } = await h.db.read<{ labels: string[] }>(
    "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = 'entity_text' RETURN labelsOrTypes AS labels",
  );
  return [...(records[0]?.get('labels') ?? [])].sort();
};

const indexedFields = async () => {
  const { records } = await h.db.read<{ properties: string[] }>(
    "SHOW FULLTEXT INDEXES YIELD name, properties WHERE name = 'entity_text' RETURN properties",
  );
  return [...(records[0]?.get('properties') ?? [])];
};

/** Searched entities whose `searchType` is not their type. */
const wrongTypes = async () => {
  const { records } = await h.db.read<{ n: number }>(
    `MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $searched)
       AND (n.searchType IS NULL OR NOT n.searchType IN labels(n)) RETURN count(n) AS n`,
    { searched: [...SEARCHED_TYPES] },
  );
  return records[0]!.get('n');
};

describe('store schema', () => {
  it('replaces a full-text index whose labels are not the model’s searched types', async () => {
    await h.db.write('DROP INDEX entity_text IF EXISTS');
    await h.db.write('CREATE FULLTEXT INDEX entity_text FOR (n:Organisation) ON EACH [n.name]');
    expect(await indexedLabels()).toEqual(['Organisation']);

    await ensureSchema(h.db);

    expect(await indexedLabels()).toEqual([...SEARCHED_TYPES].sort());
    // Found through the rebuilt index: words of its text, not its name.
    const found = await run<{ search: { entity: { key: string } }[] }>(
      h,
      '{ search(text: "responsibility shared", types: [Statement], first: 1) { entity { key } } }',
    );
    expect(found.errors).toBeUndefined();
    expect(found.data?.search.map((s) => s.entity.key)).toEqual(['statement-oconnor-shared-responsibility']);
  });

  it('leaves an index that already matches the model in place', async () => {
    const before = await h.db.read<{ id: unknown }>("SHOW INDEXES YIELD name, id WHERE name = 'entity_text' RETURN id");
    await ensureSchema(h.db);
    const after = await h.db.read<{ id: unknown }>("SHOW INDEXES YIELD name, id WHERE name = 'entity_text' RETURN id");
    expect(String(after.records[0]?.get('id'))).toBe(String(before.records[0]?.get('id')));
  });

  it('brings a store written before the index held the type up to date at start-up', async () => {
    // The store as the previous version left it: no type on any entity, the index over text only.
    await h.db.write('MATCH (n:Entity) REMOVE n.searchType');
    await h.db.write('DROP INDEX entity_text IF EXISTS');
    const old = TEXT_FIELDS.map((f) => `n.${f}`).join(', ');
    await h.db.write(
      `CREATE FULLTEXT INDEX entity_text FOR (n:${SEARCHED_TYPES.join('|')}) ON EACH [${old}]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
    );
    await h.db.write('CALL db.awaitIndexes(60)');
    expect(await wrongTypes()).toBeGreaterThan(0);

    const config = loadConfig({
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
      JWT_SECRET: TEST_SECRET,
      PORT: '0',
    });
    const logged: string[] = [];
    const served = await serve(config, createLogger('silent'), (line) => logged.push(line));
    await served.stop();

    expect(await wrongTypes()).toBe(0);
    expect(await indexedFields()).toEqual([...TEXT_FIELDS, TYPE_FIELD]);
    const found = await run<{ search: { entity: { key: string } }[] }>(
      h,
      '{ search(text: "responsibility shared", types: [Statement], first: 1) { entity { key } } }',
    );
    expect(found.data?.search.map((s) => s.entity.key)).toEqual(['statement-oconnor-shared-responsibility']);
  });
});
