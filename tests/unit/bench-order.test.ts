// The benchmark times the systems of each cell in turn, each going first in as many cells as the
// others (bench/run/bench.ts), and within a cell in slices taken in turn (bench/run/measure.ts): a
// database still warming up must not always fall on the same one.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rotated } from '../../bench/run/bench.js';
import { measureCell } from '../../bench/run/measure.js';
import type { Running } from '../../bench/run/systems.js';
import { SUITE } from '../../bench/suite/index.js';

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

describe('a cell cut into slices', () => {
  // Three stand-in servers that answer every POST at once and record the order they were hit in.
  const hits: string[] = [];
  const served = new Map<string, number>();
  const servers: Server[] = [];
  const running: Running[] = [];

  beforeAll(async () => {
    for (const name of ['a', 'b', 'c']) {
      const server = createServer((req, res) => {
        req.resume().on('end', () => {
          if (req.method === 'POST') {
            hits.push(name);
            served.set(name, (served.get(name) ?? 0) + 1);
          }
          res.setHeader('content-type', 'application/json');
          res.end('{"data":{}}');
        });
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      servers.push(server);
      const { port } = server.address() as AddressInfo;
      running.push({
        // Any system will do: the cell only needs its address and its counters.
        system: 'floor',
        url: `http://127.0.0.1:${port}`,
        stats: async () => ({
          requests: served.get(name) ?? 0,
          statements: served.get(name) ?? 0,
          rssBytes: 0,
          heapUsedBytes: 0,
          allocatedBytes: 0,
          cpuMicros: 0,
        }),
        stop: async () => {},
      });
    }
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  });

  it('times the systems in turn, slice by slice, each going first once, and sums what each slice counted', async () => {
    const c = SUITE[0]!;
    const measured = await measureCell(c, running, 1, { slices: 3, durationMs: 60, warmupMs: 15, maxRequests: 12 });
    // Consecutive hits on the same server are one turn (its warm-up and its timed part).
    const turns = hits.filter((name, i) => name !== hits[i - 1]);
    expect(turns).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    expect(measured).toHaveLength(3);
    for (const m of measured) {
      // At most 12 timed requests, 4 a slice, each counted once by the server.
      expect(m.requests).toBeGreaterThan(0);
      expect(m.requests).toBeLessThanOrEqual(12);
      expect(m.roundTrips).toBe(1);
      expect(m.throughput).toBeGreaterThan(0);
    }
  });
});
