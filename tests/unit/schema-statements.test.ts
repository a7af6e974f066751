// The full-text index is declared in Cypher (cypher/schema/constraints.cypher) with its label list
// left to the model; this checks the statement set up has the model's searched types, and nothing else.
import { describe, expect, it } from 'vitest';
import { schemaStatements } from '../../src/data/store-schema.js';
import { ENTITY_TYPES, SEARCHED_TYPES, TEXT_FIELDS, TYPE_FIELD } from '../../src/graph/model.js';

describe('the schema statements', () => {
  it('index the text of every searched entity type of the model, and nothing else', () => {
    const fullText = schemaStatements().find((s) => s.startsWith('CREATE FULLTEXT INDEX entity_text'));
    const labels = /FOR \(n:([A-Za-z|]+)\)/.exec(fullText ?? '')?.[1]?.split('|');
    expect(labels?.sort()).toEqual([...SEARCHED_TYPES].sort());
  });

  it('index the text fields search matches and the type field, as the model names them', () => {
    const fullText = schemaStatements().find((s) => s.startsWith('CREATE FULLTEXT INDEX entity_text'));
    const fields = /ON EACH \[([^\]]*)\]/
      .exec(fullText ?? '')?.[1]
      ?.split(',')
      .map((f) => f.trim().replace(/^n\./, ''));
    expect(fields).toEqual([...TEXT_FIELDS, TYPE_FIELD]);
  });

  it('leave no slot unfilled', () => {
    for (const statement of schemaStatements()) expect(statement).not.toMatch(/\{\{|\}\}/);
  });

  it("index every entity type's keys, so that a top-level list's default order is an index scan", () => {
    for (const type of ENTITY_TYPES)
      expect(
        schemaStatements().some((s) => s.includes(`FOR (n:${type}) ON (n.key)`)),
        type,
      ).toBe(true);
  });
});
