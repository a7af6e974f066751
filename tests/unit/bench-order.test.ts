// The benchmark times the systems of each cell in turn, each going first in as many cells as the
// others (bench/run/bench.ts): a database still warming up must not always fall on the same one.
import { describe, expect, it } from 'vitest';
import { rotated } from '../../bench/run/bench.js';

describe('the order systems are timed in', () => {
  it('starts each cell with the next system, and keeps the others in their order', () => {
    const systems = ['api', 'neo4jGraphql', 'floor'];
    expect([0, 1, 2, 3, 4].map((cell) => rotated(systems, cell))).toEqual([
      ['api', 'neo4jGraphql', 'floor'],
      ['neo4jGraphql', 'floor', 'api'],
      ['floor', 'api', 'neo4jGraphql'],
      ['api', 'neo4jGraphql', 'floor'],
      ['neo4jGraphql', 'floor', 'api'],
    ]);
    expect(systems).toEqual(['api', 'neo4jGraphql', 'floor']);
    expect(rotated([], 2)).toEqual([]);
  });

  it('puts each system first equally often over a whole pass', () => {
    const systems = ['api', 'neo4jGraphql', 'floor'];
    const cells = 24;
    const firsts = new Map<string, number>();
    for (let cell = 0; cell < cells; cell++) {
      const first = rotated(systems, cell)[0]!;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    expect([...firsts.values()]).toEqual([8, 8, 8]);
  });
});
