// The neighbourhood is computed hop by hop (src/explore/neighbourhood/cypher.ts), which is fast around
// hubs. This checks it against the plain definition, one shortest path per reachable entity, ordered
// by distance and key, on the source graph: every center, several depths, limits and directions.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODES } from '../../src/data/facts.js';
import { data, openHarness, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const ARROWS = { BOTH: ['-', '-'], OUT: ['-', '->'], IN: ['<-', '-'] } as const;

/** The definition, in Cypher: nearest first by the length of a shortest path, then by key. */
async function byDefinition(key: string, depth: number, limit: number, direction: keyof typeof ARROWS) {
  const [l, r] = ARROWS[direction];
  const result = await h.db.read(
    `MATCH (c:Entity {key: $key})
     WITH c, COLLECT { MATCH p = SHORTEST 1 (c)${l}[*1..${depth}]${r}(m:Entity) WHERE m <> c
                       RETURN m ORDER BY length(p), m.key LIMIT $limit + 1 } AS found
     WITH c, [c] + found[0..$limit] AS members, size(found) > $limit AS truncated
     RETURN [n IN members | n.key] AS keys, truncated,
            COLLECT { UNWIND members AS a MATCH (a)-[x]->(b) WHERE b IN members
                      RETURN type(x) + ' ' + a.key + ' ' + b.key AS rel ORDER BY type(x), a.key, b.key } AS rels`,
    { key, limit: neo4j.int(limit) },
  );
  const record = result.records[0]!;
  return { keys: record.get('keys'), truncated: record.get('truncated'), rels: record.get('rels') };
}

describe('neighbourhood, hop by hop', () => {
  it('gives what one shortest path per entity gives, for every center of the source graph', async () => {
    const cases = NODES.flatMap((n) =>
      [1, 2, 3].flatMap((depth) =>
        [3, 12].flatMap((limit) =>
          (['BOTH', 'OUT', 'IN'] as const).map((direction) => ({ key: n.key, depth, limit, direction })),
        ),
      ),
    ).filter((_, i) => i % 7 === 0); // a seventh of the combinations keeps the test short and still varied
    for (const c of cases) {
      const d = await data<any>(
        h,
        `query($key: String!, $depth: Int!, $limit: Int!, $direction: NeighbourDirection!) {
          neighbourhood(key: $key, depth: $depth, limit: $limit, direction: $direction) { nodes { key } relationships { type fromKey toKey } truncated }
        }`,
        c,
      );
      const expected = await byDefinition(c.key, c.depth, c.limit, c.direction);
      const got = {
        keys: d.neighbourhood.nodes.map((n: { key: string }) => n.key),
        truncated: d.neighbourhood.truncated,
        rels: d.neighbourhood.relationships.map((x: any) => `${x.type} ${x.fromKey} ${x.toKey}`),
      };
      expect(got, JSON.stringify(c)).toEqual(expected);
    }
  });
});
