// The store's schema follows the model: a full-text index left by an older model (other labels) is
// replaced at set-up, so a new entity type is searched without dropping the index by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../src/data/store-schema.js';
import { SEARCHED_TYPES } from '../../src/graph/model.js';
import { type Harness, openHarness, run } from '../support/helpers.js';

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
});
