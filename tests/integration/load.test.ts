// Loading is idempotent: a second load leaves every node, relationship and property as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/data/load.js';
import { NODES, RELATIONSHIPS } from '../../src/data/facts.js';
import { graphChecksum } from '../support/checksum.js';
import { openHarness, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

describe('the data load', () => {
  it('holds exactly the facts of the source, once each', async () => {
    const result = await h.db.read(
      'MATCH (n:Entity) WITH count(n) AS nodes MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS relationships',
    );
    expect(result.records[0]?.toObject()).toEqual({ nodes: NODES.length, relationships: RELATIONSHIPS.length });
  });

  it('changes nothing when run twice', async () => {
    const before = await graphChecksum(h.db);
    await loadFacts(h.db);
    await loadFacts(h.db);
    const after = await graphChecksum(h.db);
    expect(after).toEqual(before);
    expect(before.nodes).toBe(NODES.length);
  });

  it('the checksum sees a changed property (so the check above can fail)', async () => {
    const before = await graphChecksum(h.db);
    await h.db.write('MATCH (n:Entity {key: "hmic"}) SET n.name = "changed"');
    const changed = await graphChecksum(h.db);
    await loadFacts(h.db);
    expect(changed.digest).not.toBe(before.digest);
    expect((await graphChecksum(h.db)).digest).toBe(before.digest);
  });

  it('creates the uniqueness constraint and the full-text index', async () => {
    const constraints = await h.db.read("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_key' RETURN name");
    expect(constraints.records).toHaveLength(1);
    const indexes = await h.db.read(
      "SHOW INDEXES YIELD name, type, state WHERE name = 'entity_text' RETURN type, state",
    );
    expect(indexes.records[0]?.toObject()).toEqual({ type: 'FULLTEXT', state: 'ONLINE' });
  });
});
