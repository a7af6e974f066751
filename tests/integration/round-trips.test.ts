// However deep a query nests and however long its lists, each root field costs one Cypher round trip:
// counted here on the driver, for exploration fields and lists with selections three levels deep.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { data, openHarness, type Harness } from '../support/helpers.js';

let h: Harness;
let sent: string[] = [];
beforeAll(async () => {
  h = await openHarness();
  h.db.onQuery = (cypher) => void sent.push(cypher);
});
afterEach(() => {
  sent = [];
});
afterAll(() => h.close());

describe('round trips', () => {
  it('one per root field for six root fields, each with lists nested three levels deep', async () => {
    const d = await data<any>(
      h,
      `{
        neighbourhood(key: "hmic", depth: 2) {
          nodes { key ... on Organisation { inspects { nodes { key inspectedBy { nodes { key regulates { totalCount } } } } } } }
          relationships { type sources { document { key publishedBy { nodes { key } } } } }
        }
        paths(from: "psni", to: "prevent", mode: K_PATHS) {
          steps { from { key relationshipCounts { type count } } to { ... on Document { recommends { nodes { key addressedTo { nodes { key inspectedBy { nodes { key } } } } } } } } }
        }
        timeline { entity { key ... on Recommendation { addressedTo { nodes { key inspectedBy { nodes { key } } } } } } date { recommendationsDue { nodes { key } } } }
        search(text: "prevent") { entity { key ... on Strand { partOf { nodes { strands { nodes { key addresses { nodes { key } } } } } } } } }
        recommendations(filter: { hasDeadline: true }, orderBy: { by: DEADLINE }) {
          edges { node { key recommendedIn { nodes { finds { nodes { key about { nodes { key } } } } } } } }
        }
        relationshipTypes { type count }
      }`,
    );
    expect(sent).toHaveLength(6);

    // The nested lists were really filled, three levels down, by those six queries.
    const hmic = d.neighbourhood.nodes.find((n: { key: string }) => n.key === 'hmic');
    expect(hmic.inspects.nodes.map((n: any) => n.inspectedBy.nodes[0].key)).toEqual(['hmic', 'hmic', 'hmic', 'hmic']);
    expect(hmic.inspects.nodes[0].inspectedBy.nodes[0].regulates.totalCount).toBe(4);
    const report = d.paths[0].steps[1].to;
    expect(
      report.recommends.nodes.find((r: any) => r.key === 'rec-2009-4').addressedTo.nodes[0].inspectedBy.nodes,
    ).toEqual([{ key: 'hmic' }]);
    const prevent = d.search.find((x: any) => x.entity.key === 'prevent').entity;
    expect(prevent.partOf.nodes[0].strands.nodes.map((s: any) => s.key)).toEqual([
      'prepare',
      'prevent',
      'protect',
      'pursue',
    ]);
    expect(prevent.partOf.nodes[0].strands.nodes[1].addresses.nodes).toEqual([{ key: 'violent-extremism' }]);
    const findings = d.recommendations.edges[0].node.recommendedIn.nodes[0].finds.nodes;
    expect(findings.find((f: any) => f.key === 'finding-maturity').about.nodes).toEqual([
      { key: 'police-forces-england-wales' },
    ]);
    expect(
      d.timeline.find((e: any) => e.entity.key === 'rec-2009-4').entity.addressedTo.nodes[0].inspectedBy.nodes,
    ).toEqual([{ key: 'hmic' }]);
  });

  it('one for a single root field however many items its nested lists hold', async () => {
    const d = await data<any>(
      h,
      `{ documents(first: 100) { nodes { key recommends(first: 100) { nodes { key dueBy { nodes { recommendationsDue { nodes { key } } } } } } finds { nodes { about { nodes { key } } } } } } }`,
    );
    expect(sent).toHaveLength(1);
    const report = d.documents.nodes.find((n: any) => n.key === 'prevent-progress-and-prospects');
    expect(report.recommends.nodes).toHaveLength(6);
    expect(report.recommends.nodes[2].dueBy.nodes[0].recommendationsDue.nodes).toEqual([{ key: 'rec-2009-3' }]);
  });
});
