// Where a top-level list starts when its filter names one entity by key and a relationship to it
// (recommendations addressed to a force): from that entity, found by the unique key index, rather
// than from every item of the type, each checked against the filter.
import Cypher from '@neo4j/cypher-builder';
import { checkKey } from '../ids.js';
import type { Target } from '../model.js';
import { type Filter, present } from './filters.js';

/** Filters that name one entity by key and a relationship to it, as linkedTo() checks them. */
const LINKS: Partial<Record<Target, Record<string, { type: string; direction: 'right' | 'left'; label: string }>>> = {
  Recommendation: { addressedTo: { type: 'ADDRESSED_TO', direction: 'right', label: 'Organisation' } },
  Organisation: {
    inspectedBy: { type: 'INSPECTS', direction: 'left', label: 'Organisation' },
    regulatedBy: { type: 'REGULATES', direction: 'left', label: 'Organisation' },
  },
  Document: {
    publishedBy: { type: 'PUBLISHED', direction: 'left', label: 'Organisation' },
    writtenBy: { type: 'WROTE', direction: 'left', label: 'Organisation' },
    concerns: { type: 'CONCERNS', direction: 'right', label: 'Strand' },
  },
};

/** The anchor of a list: its pattern, the filter field it answers, the entity and the hop from it. */
export interface Anchored {
  pattern: Cypher.Pattern;
  field: string;
  anchor: { labels: string[]; properties: { key: Cypher.Param } };
  hop: { type: string; direction: 'left' | 'right' };
}

/**
 * For a top-level list filtered by a link to one entity (recommendations addressed to a force), the
 * pattern to start from that entity, and the filter field it answers:
 *
 *   MATCH (a:Entity:Organisation {key: $key})<-[:ADDRESSED_TO]-(m:Recommendation)
 *
 * The unique key index finds the entity at once, and the list then costs what that entity's
 * relationships cost. As an EXISTS in WHERE, the same condition is checked on every item of a scan
 * of the whole label: Neo4j never starts a plan from inside an EXISTS.
 */
export function anchorOf(target: Target, m: Cypher.Node, labels: string[], filter: unknown): Anchored | undefined {
  if (filter === null || filter === undefined) return undefined;
  for (const [field, link] of Object.entries(LINKS[target] ?? {})) {
    const key = (filter as Filter)[field];
    if (!present(key)) continue;
    const anchor = {
      labels: ['Entity', link.label],
      properties: { key: new Cypher.Param(checkKey(String(key), `filter.${field}`)) },
    };
    const hop = { type: link.type, direction: link.direction === 'right' ? 'left' : 'right' } as const;
    return {
      pattern: new Cypher.Pattern(new Cypher.Node(), anchor).related(hop).to(m, { labels }),
      field,
      anchor,
      hop,
    };
  }
  return undefined;
}
