// The benchmark's synthetic entities carry what the load gives the source's: their match forms and
// their type for the full-text index (TYPE_FIELD), so that a typed search finds them as it would.
// Their relationships keep to the model as the load's do, which a relationship field's totalCount
// relies on (src/graph/lists/connection.ts).
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/synthetic/generate.js';
import { NODES } from '../../src/data/facts.js';
import { RELATIONS, SEARCHED_TYPES, TYPE_FIELD } from '../../src/graph/model.js';

describe('the synthetic generator', () => {
  it('gives every entity its type as the full-text index’s type field', () => {
    const rows = [...generate({ nodes: 3_000, seed: 1 })].flatMap((chunk) => chunk.nodes);
    expect(rows.length).toBeGreaterThan(1_000);
    for (const row of rows) {
      expect(SEARCHED_TYPES).toContain(row.label);
      expect(row.props[TYPE_FIELD], row.key).toBe(row.label);
    }
  });

  it('joins only entities of the types the model gives each relationship’s ends', () => {
    const chunks = [...generate({ nodes: 3_000, seed: 1 })];
    const typeOf = new Map<string, string>(NODES.map((n) => [n.key, n.label]));
    for (const row of chunks.flatMap((chunk) => chunk.nodes)) typeOf.set(row.key, row.label);
    const relationships = chunks.flatMap((chunk) => chunk.relationships);
    expect(relationships.length).toBeGreaterThan(1_000);
    for (const row of relationships) {
      const spec = RELATIONS.find((r) => r.type === row.type);
      const at = `${row.from} ${row.type} ${row.to}`;
      expect(spec, at).toBeDefined();
      expect(spec!.from, at).toContain(typeOf.get(row.from));
      expect(spec!.to, at).toContain(typeOf.get(row.to));
    }
  });
});
