// The benchmark's chart draws the runs of the JIT mode measured at the most sizes, as the growth
// table does: it once drew C1 runs only, and every run with Neo4j's full JIT gave empty panels.
import { describe, expect, it } from 'vitest';
import { chart } from '../../bench/report/chart.js';
import type { BenchResults, Run } from '../../bench/report/markdown.js';
import type { Measurement } from '../../bench/run/measure.js';
import { SUITE } from '../../bench/suite/index.js';

const SYSTEMS = ['api', 'neo4jGraphql', 'floor'];

function run(size: number, jit: Run['jit']): Run {
  const measurements = SUITE.flatMap((c, i) =>
    SYSTEMS.map(
      (system, s) =>
        ({ case: c.name, system, concurrency: 1, medianMs: (1 + i + s) * Math.log10(size) }) as Measurement,
    ),
  );
  return { size, nodes: size, relationships: size * 3, jit, measurements } as unknown as Run;
}

const results = (runs: Run[]): BenchResults => ({ startedAt: 'now', machine: {}, options: {}, runs });

describe('the benchmark chart', () => {
  it('draws a line with a point per size for every question and system of a full-JIT run', () => {
    const svg = chart(results([run(10_000, 'full'), run(100_000, 'full'), run(1_000_000, 'full')]));
    expect(svg).not.toContain('NaN');
    const lines = [...svg.matchAll(/<polyline [^>]*points="([^"]*)"/g)].map((m) => m[1]!.split(' ').filter(Boolean));
    expect(lines).toHaveLength(SUITE.length * SYSTEMS.length);
    for (const points of lines) expect(points).toHaveLength(3);
    expect(svg).toContain('JIT C1+C2');
  });

  it('takes the mode measured at the most sizes when a run has both', () => {
    const svg = chart(results([run(10_000, 'c1'), run(100_000, 'c1'), run(100_000, 'full'), run(1_000_000, 'c1')]));
    const first = /<polyline [^>]*points="([^"]*)"/.exec(svg)![1]!.split(' ');
    expect(first).toHaveLength(3);
    expect(svg).toContain('JIT C1;');
  });
});
