// Neighbourhoods, paths and relationship counts, asked of the source graph on the real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neighbourhood, Paths, RelationshipTypes } from '../../packages/client/src/operations.js';
import { RELATIONS } from '../../src/graph/model.js';
import { data, openHarness, run, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const HMIC_NEIGHBOURS = [
  'btp',
  'hmcic',
  'police-forces-england-wales',
  'prevent-progress-and-prospects',
  'psni',
  'soca',
];

describe('neighbourhood', () => {
  it('of HMIC: whom it inspects and regulates, its report and its chief’s post, with every relationship among them', async () => {
    const d = await data(h, Neighbourhood, { key: 'hmic' });
    const n = d.neighbourhood!;
    expect(n.center).toMatchObject({ __typename: 'Organisation', key: 'hmic', name: 'HMIC' });
    expect(n.nodes.map((x) => x.key)).toEqual(['hmic', ...HMIC_NEIGHBOURS]);
    expect(n.truncated).toBe(false);
    const rels = n.relationships.map((r) => `${r.fromKey} ${r.type} ${r.toKey}`);
    expect(rels).toEqual([
      'hmic INSPECTS btp',
      'hmic INSPECTS police-forces-england-wales',
      'hmic INSPECTS psni',
      'hmic INSPECTS soca',
      'hmcic POST_AT hmic',
      'hmic PUBLISHED prevent-progress-and-prospects',
      'hmic REGULATES btp',
      'hmic REGULATES police-forces-england-wales',
      'hmic REGULATES psni',
      'hmic REGULATES soca',
    ]);
    expect(new Set(n.relationships.map((r) => r.id)).size).toBe(10);
    expect(n.relationships.find((r) => r.type === 'POST_AT')?.sources[0]?.excerpt).toBe('HMIC Chief, Denis O’Connor');
  });

  it('answers `relationships` selected twice under two aliases (found by the random cost test)', async () => {
    const d = await data<any>(
      h,
      '{ neighbourhood(key: "acpo") { relationships { type sources { document { name } } } again: relationships { type } } }',
    );
    expect(d.neighbourhood.again.map((r: any) => r.type)).toEqual(
      d.neighbourhood.relationships.map((r: any) => r.type),
    );
    expect(d.neighbourhood.again.length).toBeGreaterThan(0);
  });

  it('follows only the types and the direction asked for', async () => {
    const out = await data(h, Neighbourhood, { key: 'hmic', relationshipTypes: ['INSPECTS'], direction: 'OUT' });
    expect(out.neighbourhood?.nodes.map((x) => x.key)).toEqual([
      'hmic',
      'btp',
      'police-forces-england-wales',
      'psni',
      'soca',
    ]);
    expect(out.neighbourhood?.relationships.every((r) => r.type === 'INSPECTS')).toBe(true);
    const into = await data(h, Neighbourhood, { key: 'hmic', direction: 'IN' });
    expect(into.neighbourhood?.nodes.map((x) => x.key)).toEqual(['hmic', 'hmcic']);
  });

  it('reaches further with depth, closest first, and says when the limit cut it short', async () => {
    const two = await data(h, Neighbourhood, { key: 'hmic', depth: 2, limit: 200 });
    const keys = two.neighbourhood!.nodes.map((x) => x.key);
    expect(keys.slice(1, 7)).toEqual(HMIC_NEIGHBOURS);
    expect(keys).toContain('denis-oconnor'); // HMIC ← POST_AT — HMCIC ← HOLDS — Denis O'Connor
    expect(keys).toContain('rec-2009-4');
    expect(keys).not.toContain('ct-strategy'); // three hops away
    const cut = await data(h, Neighbourhood, { key: 'hmic', limit: 2 });
    expect(cut.neighbourhood?.nodes.map((x) => x.key)).toEqual(['hmic', 'btp', 'hmcic']);
    expect(cut.neighbourhood?.truncated).toBe(true);
  });

  it('answers nested selections on its nodes in the same query', async () => {
    const d = await data<any>(
      h,
      `{ neighbourhood(key: "psni") { nodes { key ... on Organisation { inspects { totalCount } } relationshipCounts { type count } } } }`,
    );
    expect(d.neighbourhood.nodes).toEqual([
      {
        key: 'psni',
        inspects: { totalCount: 0 },
        relationshipCounts: [
          { type: 'INSPECTS', count: 1 },
          { type: 'REGULATES', count: 1 },
        ],
      },
      {
        key: 'hmic',
        inspects: { totalCount: 4 },
        relationshipCounts: [
          { type: 'INSPECTS', count: 4 },
          { type: 'POST_AT', count: 1 },
          { type: 'PUBLISHED', count: 1 },
          { type: 'REGULATES', count: 4 },
        ],
      },
    ]);
  });

  it('is null for an unknown key and refuses out-of-bounds requests, naming the cap', async () => {
    expect((await data(h, Neighbourhood, { key: 'no-such-entity' })).neighbourhood).toBeNull();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ key: 'hmic', depth: 4 }, /depth cap of 3/],
      [{ key: 'hmic', depth: 0 }, /below the minimum of 1/],
      [{ key: 'hmic', limit: 201 }, /neighbour limit cap of 200/],
      [{ key: 'hmic', relationshipTypes: ['KNOWS'] }, /unknown type\(s\) KNOWS; allowed: ABOUT, ADDRESSED_TO/],
      [{ key: 'hmic', relationshipTypes: [] }, /is empty/],
      [{ key: 'HMIC!' }, /"key" must be a key/],
    ];
    for (const [variables, message] of cases) {
      const result = await run(h, Neighbourhood, variables as never);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

const describePath = (p: {
  steps: { from: { key: string }; type: string; direction: string; to: { key: string } }[];
}) =>
  p.steps.map((s) =>
    s.direction === 'OUT' ? `${s.from.key} -${s.type}-> ${s.to.key}` : `${s.from.key} <-${s.type}- ${s.to.key}`,
  );

describe('paths', () => {
  it('from PSNI to Prevent: PSNI ←INSPECTS— HMIC —PUBLISHED→ the report —CONCERNS→ Prevent', async () => {
    const d = await data(h, Paths, { from: 'psni', to: 'prevent' });
    expect(d.paths).toHaveLength(1);
    const path = d.paths[0]!;
    expect(path.length).toBe(3);
    expect(path.nodes.map((n) => n.key)).toEqual(['psni', 'hmic', 'prevent-progress-and-prospects', 'prevent']);
    expect(describePath(path)).toEqual([
      'psni <-INSPECTS- hmic',
      'hmic -PUBLISHED-> prevent-progress-and-prospects',
      'prevent-progress-and-prospects -CONCERNS-> prevent',
    ]);
    expect(path.steps[1]?.sources[0]?.excerpt).toBe('HMIC’s report, ‘Prevent – Progress and Prospects’');
  });

  it('all shortest paths, and k paths shortest first, none visiting an entity twice', async () => {
    const all = await data(h, Paths, { from: 'psni', to: 'prevent', mode: 'ALL_SHORTEST' });
    expect(all.paths.map((p) => describePath(p)[0])).toEqual(['psni <-INSPECTS- hmic', 'psni <-REGULATES- hmic']);
    const k = await data(h, Paths, { from: 'psni', to: 'prevent', mode: 'K_PATHS', k: 5 });
    expect(k.paths.map((p) => p.length)).toEqual([3, 3, 4, 4, 4]);
    for (const p of k.paths) expect(new Set(p.nodes.map((n) => n.key)).size).toBe(p.nodes.length);
  });

  it('K_PATHS gives what enumerating every simple path would give', async () => {
    // Exhaustive enumeration is affordable on the source graph; the API's answer must match it.
    const session = await h.db.read(
      `MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
       MATCH p = (a)-[*1..5]-(b) WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
       RETURN [n IN nodes(p) | n.key] AS keys, [r IN relationships(p) | type(r)] AS types
       ORDER BY length(p), keys, types LIMIT 10`,
      { from: 'soca', to: 'vulnerable-people' },
    );
    const expected = session.records.map(
      (r) => `${(r.get('keys') as string[]).join(',')} ${(r.get('types') as string[]).join(',')}`,
    );
    const d = await data(h, Paths, { from: 'soca', to: 'vulnerable-people', mode: 'K_PATHS', k: 10, maxLength: 5 });
    expect(
      d.paths.map((p) => `${p.nodes.map((n) => n.key).join(',')} ${p.steps.map((s) => s.type).join(',')}`),
    ).toEqual(expected);
    expect(expected.length).toBe(10);
  });

  it('keeps to the relationship types and the length asked for', async () => {
    const regulated = await data(h, Paths, {
      from: 'psni',
      to: 'prevent',
      relationshipTypes: ['REGULATES', 'PUBLISHED', 'ASSESSES', 'SUPPORTS'],
    });
    expect(describePath(regulated.paths[0]!)).toEqual([
      'psni <-REGULATES- hmic',
      'hmic -PUBLISHED-> prevent-progress-and-prospects',
      'prevent-progress-and-prospects -ASSESSES-> police-prevent-strategy-and-delivery-plan',
      'police-prevent-strategy-and-delivery-plan -SUPPORTS-> prevent',
    ]);
    expect((await data(h, Paths, { from: 'psni', to: 'prevent', maxLength: 2 })).paths).toEqual([]);
    const self = await data(h, Paths, { from: 'hmic', to: 'hmic' });
    expect(self.paths).toEqual([
      { length: 0, nodes: [{ __typename: 'Organisation', key: 'hmic', name: 'HMIC' }], steps: [] },
    ]);
  });

  it('names an unknown key and every cap exceeded', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ from: 'psni', to: 'nowhere' }, /no entity has the key "nowhere"/],
      [{ from: 'psni', to: 'prevent', maxLength: 7 }, /path length cap of 6/],
      [{ from: 'psni', to: 'prevent', mode: 'K_PATHS', k: 11 }, /k cap of 10/],
      [{ from: 'psni', to: 'prevent', relationshipTypes: ['inspects'] }, /unknown type\(s\) inspects/],
    ];
    for (const [variables, message] of cases) {
      const result = await run(h, Paths, variables as never);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('relationship types', () => {
  it('lists every type of the model with its count, which add up to the graph’s relationships', async () => {
    const d = await data(h, RelationshipTypes);
    const counts = Object.fromEntries(d.relationshipTypes.map((t) => [t.type, t.count]));
    expect(Object.keys(counts)).toEqual([...new Set(RELATIONS.map((r) => r.type))].sort());
    expect(counts).toMatchObject({ INSPECTS: 4, REGULATES: 4, RECOMMENDS: 6, DUE_BY: 2, FINDS: 7, PART_OF: 4 });
    const total = await h.db.read('MATCH ()-[r]->() RETURN count(r) AS n');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total.records[0]!.get('n'));
  });
});
