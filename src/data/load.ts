// Creates the constraints and indexes, then upserts every fact of the source in one transaction.
// Running it again leaves the graph as it was: nodes are MERGEd on their key and their properties
// replaced as a whole; relationships are MERGEd on their type and ends.
import type { Database } from '../db/neo4j.js';
import { QUERIES, SCHEMA_STATEMENTS } from '../db/queries.js';
import { matchProps } from '../graph/explore/match-name.js';
import { ENTITY_TYPES, RELATIONS } from '../graph/model.js';
import { NODES, RELATIONSHIPS, SOURCE_DOCUMENT, type FactNode, type FactRelationship } from './facts.js';

export interface LoadSummary {
  nodes: number;
  relationships: number;
}

/** Labels and relationship types reach Cypher as dynamic labels, so only the model's own may pass. */
function checkAgainstModel(nodes: FactNode[], relationships: FactRelationship[]): void {
  const types = new Set(RELATIONS.map((r) => r.type));
  const labels = new Set<string>(ENTITY_TYPES);
  for (const n of nodes) {
    if (!labels.has(n.label)) throw new Error(`fact ${n.key}: label ${n.label} is not in the model`);
    if (n.excerpts.length === 0) throw new Error(`fact ${n.key}: no source excerpt`);
  }
  const byKey = new Map(nodes.map((n) => [n.key, n.label]));
  for (const rel of relationships) {
    if (!types.has(rel.type)) throw new Error(`relationship ${rel.type} is not in the model`);
    const spec = RELATIONS.find((r) => r.type === rel.type)!;
    const from = byKey.get(rel.from);
    const to = byKey.get(rel.to);
    if (!from || !to) throw new Error(`relationship ${rel.type} ${rel.from}->${rel.to}: unknown end`);
    if (!(spec.from as string[]).includes(from) || !(spec.to as string[]).includes(to)) {
      throw new Error(`relationship ${rel.type} cannot join ${from} to ${to}`);
    }
    if (rel.excerpts.length === 0) throw new Error(`relationship ${rel.type} ${rel.from}->${rel.to}: no source excerpt`);
  }
}

const provenance = (excerpts: string[]) => ({
  sourceDocuments: excerpts.map(() => SOURCE_DOCUMENT),
  sourceExcerpts: excerpts,
});

export async function ensureSchema(db: Database): Promise<void> {
  // Schema changes cannot share a transaction with data writes, so each runs on its own.
  for (const statement of SCHEMA_STATEMENTS) await db.write(statement);
  await db.write('CALL db.awaitIndexes(60)');
}

export async function loadFacts(db: Database): Promise<LoadSummary> {
  checkAgainstModel(NODES, RELATIONSHIPS);
  await ensureSchema(db);
  await db.writeAll([
    {
      cypher: QUERIES['load-nodes'],
      params: { nodes: NODES.map((n) => ({ label: n.label, key: n.key, props: { ...n.props, ...matchProps(n.props) }, ...provenance(n.excerpts) })) },
    },
    {
      cypher: QUERIES['load-relationships'],
      params: {
        relationships: RELATIONSHIPS.map((r) => ({ type: r.type, from: r.from, to: r.to, ...provenance(r.excerpts) })),
      },
    },
  ]);
  return { nodes: NODES.length, relationships: RELATIONSHIPS.length };
}

/** True when the graph holds no entity yet (a fresh store), so start-up knows to load. */
export async function isEmpty(db: Database): Promise<boolean> {
  const result = await db.read<{ n: number }>('MATCH (n:Entity) RETURN count(n) AS n');
  return result.records[0]!.get('n') === 0;
}
