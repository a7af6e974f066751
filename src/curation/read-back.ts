// A curation payload in the shape the field resolvers expect (keyed by response alias, see
// src/schema/bind-resolvers.ts). Its entities are read inside the curation's own transaction, after
// its writes, so the caller sees exactly what it committed.
import type { Statements } from '../db/neo4j.js';
import type { Target } from '../graph/model.js';
import type { ResolveTree } from '../graph/resolve-tree.js';
import { lookupByKey } from '../graph/root-queries.js';
import type { Translator } from '../graph/translate.js';

export interface Outcome {
  changed: boolean;
  auditKey: string | null;
  /** The payload's entity fields: which entity each one is. */
  entities: Record<string, { type: Target; key: string }>;
}

export async function readBack(
  tx: Statements,
  translator: Translator,
  tree: ResolveTree,
  outcome: Outcome,
): Promise<Record<string, unknown>> {
  const read = async (type: Target, key: string, sub: ResolveTree) => {
    const { cypher, params } = lookupByKey(translator, type, key, sub);
    const result = await tx.run(cypher, params);
    return result.records[0]?.get('result') ?? null;
  };
  const payload: Record<string, unknown> = {};
  for (const fields of Object.values(tree.fieldsByTypeName)) {
    for (const [alias, sub] of Object.entries(fields)) {
      const entity = outcome.entities[sub.name];
      if (sub.name === 'changed') payload[alias] = outcome.changed;
      else if (sub.name === 'auditRecord')
        payload[alias] = outcome.auditKey && (await read('AuditRecord', outcome.auditKey, sub));
      else if (entity) payload[alias] = await read(entity.type, entity.key, sub);
    }
  }
  return payload;
}
