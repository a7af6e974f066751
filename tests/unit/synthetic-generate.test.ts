// The benchmark's synthetic entities carry what the load gives the source's: their match forms and
// their type for the full-text index (TYPE_FIELD), so that a typed search finds them as it would.
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/synthetic/generate.js';
import { SEARCHED_TYPES, TYPE_FIELD } from '../../src/graph/model.js';

describe('the synthetic generator', () => {
  it('gives every entity its type as the full-text index’s type field', () => {
    const rows = [...generate({ nodes: 3_000, seed: 1 })].flatMap((chunk) => chunk.nodes);
    expect(rows.length).toBeGreaterThan(1_000);
    for (const row of rows) {
      expect(SEARCHED_TYPES).toContain(row.label);
      expect(row.props[TYPE_FIELD], row.key).toBe(row.label);
    }
  });
});
