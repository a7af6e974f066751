// The full-text index is declared in Cypher (cypher/schema/constraints.cypher), which cannot read the
// model; this keeps its label list the model's searched types, so a new entity type is not left out of
// search silently.
import { describe, expect, it } from 'vitest';
import { SCHEMA_STATEMENTS } from '../../src/db/queries.js';
import { ENTITY_TYPES, SEARCHED_TYPES } from '../../src/graph/model.js';

describe('the schema statements', () => {
  it('index the text of every searched entity type of the model, and nothing else', () => {
    const fullText = SCHEMA_STATEMENTS.find((s) => s.startsWith('CREATE FULLTEXT INDEX entity_text'));
    const labels = /FOR \(n:([A-Za-z|]+)\)/.exec(fullText ?? '')?.[1]?.split('|');
    expect(labels?.sort()).toEqual([...SEARCHED_TYPES].sort());
  });

  it("index every entity type's keys, so that a top-level list's default order is an index scan", () => {
    for (const type of ENTITY_TYPES)
      expect(
        SCHEMA_STATEMENTS.some((s) => s.includes(`FOR (n:${type}) ON (n.key)`)),
        type,
      ).toBe(true);
  });
});
