// The full-text index is declared in Cypher (cypher/schema/constraints.cypher), which cannot read the
// model; this keeps its label list the model's searched types, so a new entity type is not left out of
// search silently.
import { describe, expect, it } from 'vitest';
import { SCHEMA_STATEMENTS } from '../../src/db/queries.js';
import { SEARCHED_TYPES } from '../../src/graph/model.js';

describe('the schema statements', () => {
  it('index the text of every searched entity type of the model, and nothing else', () => {
    const fullText = SCHEMA_STATEMENTS.find((s) => s.startsWith('CREATE FULLTEXT INDEX entity_text'));
    const labels = /FOR \(n:([A-Za-z|]+)\)/.exec(fullText ?? '')?.[1]?.split('|');
    expect(labels?.sort()).toEqual([...SEARCHED_TYPES].sort());
  });
});
