// The store keeps to the model's relationship table: every relationship of a model type joins
// entities of the types the model gives its two ends. A relationship field's `totalCount` relies on
// it (src/graph/lists/connection.ts): it counts `(from)-[:TYPE]->()` from the node's degree, with no
// label on the far end. Checked here on the loaded source and on the count's plan, which must not
// visit the relationships it counts; the writes' refusals are checked where they are tested.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATIONS } from '../../src/graph/model.js';
import { data, openHarness, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ restoreOnClose: true });
});
afterAll(() => h.close());

/** Relationships of a model type whose ends are not of the types the model gives them, per type. */
async function strays(): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const relation of RELATIONS) {
    // Labels and the type come from the model table, not from input.
    const result = await h.db.read(
      `MATCH (a)-[r:${relation.type}]->(b)
       WHERE NOT a:${relation.from.join('|')} OR NOT b:${relation.to.join('|')}
       RETURN count(r) AS strays`,
    );
    const count = result.records[0]!.get('strays') as number;
    if (count > 0) found[relation.type] = count;
  }
  return found;
}

/** Database hits of a statement, nested plans (subquery expressions) included. */
async function dbHits(cypher: string, params: Record<string, unknown>): Promise<number> {
  const profile = (await h.db.read(`PROFILE ${cypher}`, params)).summary.profile;
  type Step = { dbHits: number; children: Step[] };
  const total = (step: Step): number => step.dbHits + step.children.reduce((sum, child) => sum + total(child), 0);
  return profile ? total(profile as unknown as Step) : Number.NaN;
}

describe('the store and the model', () => {
  it('every relationship of the loaded source joins the types the model gives its ends', async () => {
    const typed = await h.db.read('MATCH ()-[r]->() RETURN count(r) AS n');
    expect(typed.records[0]!.get('n')).toBeGreaterThan(50);
    expect(await strays()).toEqual({});
  });

  it('the check sees a relationship whose end is of another type (so the one above can fail)', async () => {
    await h.db.write(
      'MATCH (o:Organisation {key: "hmic"}), (s:Strand {key: "prevent"}) CREATE (o)-[:PUBLISHED {stray: true}]->(s)',
    );
    try {
      expect(await strays()).toEqual({ PUBLISHED: 1 });
    } finally {
      await h.db.write('MATCH ()-[r:PUBLISHED {stray: true}]->() DELETE r');
    }
    expect(await strays()).toEqual({});
  });

  it('a relationship field’s totalCount is read from the degree: its cost stays the same as the count grows', async () => {
    const sent: { cypher: string; params: Record<string, unknown> }[] = [];
    h.db.onQuery = (cypher, params) => void sent.push({ cypher, params });
    const count = async () =>
      (await data<any>(h, `{ organisation(key: "hmic") { inspects { totalCount } } }`)).organisation.inspects
        .totalCount as number;
    let before: number;
    try {
      before = await count();
    } finally {
      h.db.onQuery = undefined;
    }
    const [statement] = sent;
    const { cypher, params } = statement!;
    // The same statement with the far end's label, as it was written before.
    const labelled = cypher.replace('(this0)-[:INSPECTS]->()', '(this0)-[:INSPECTS]->(:Organisation)');
    expect(labelled).not.toBe(cypher);
    const hits = async () => [await dbHits(cypher, params), await dbHits(labelled, params)] as const;
    const [fromDegree, visiting] = await hits();

    // A hundred more inspections of the same forces (the model allows it), then the same two counts.
    await h.db.write(
      `MATCH (:Organisation {key: "hmic"})-[:INSPECTS]->(force) WITH collect(force) AS forces
       UNWIND range(0, 99) AS i WITH forces[i % size(forces)] AS force
       MATCH (hmic:Organisation {key: "hmic"}) CREATE (hmic)-[:INSPECTS {extra: true}]->(force)`,
    );
    try {
      expect(await count()).toBe(before + 100);
      const [fromDegreeAfter, visitingAfter] = await hits();
      expect(fromDegreeAfter).toBe(fromDegree);
      expect(visitingAfter - visiting).toBeGreaterThanOrEqual(100);
    } finally {
      await h.db.write('MATCH ()-[r:INSPECTS {extra: true}]->() DELETE r');
    }
    expect(await count()).toBe(before);
  });
});
