// What each of the three servers reports at GET /stats, so the benchmark can tell Cypher round trips
// per request and resident memory without reaching into the server's process: requests answered on
// the query endpoint, and statements the server sent to Neo4j, both counted since start-up.
//
// Bytes allocated on the V8 heap since start-up are counted as what the heap holds more than at
// start-up plus what every garbage collection since then freed (v8.GCProfiler reports the heap's
// used size before and after each one): allocation = growth + freed. Divided by the requests
// between two readings, that is the memory a request costs, whether or not a collection happened to
// run in between; a reading of the heap alone would mostly measure when the collector last ran.
// Memory outside the V8 heap (buffers, the driver's sockets) is not in it; resident memory is.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GCProfiler } from 'node:v8';

export interface ServerStats {
  requests: number;
  statements: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** Bytes allocated on the V8 heap since start-up (see above). */
  allocatedBytes: number;
  /** CPU time (user + system) the server process has used since start-up, in microseconds. */
  cpuMicros: number;
}

const heapUsed = () => process.memoryUsage().heapUsed;
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

export class Counters {
  requests = 0;
  statements = 0;
  #profiler = new GCProfiler();
  #freed = 0;
  readonly #startUsed = heapUsed();

  constructor() {
    this.#profiler.start();
  }

  /** Adds what the collections since the last reading freed, and starts a new reading. */
  #allocated(): number {
    for (const gc of this.#profiler.stop()?.statistics ?? [])
      this.#freed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
    this.#profiler = new GCProfiler();
    this.#profiler.start();
    return this.#freed + heapUsed() - this.#startUsed;
  }

  snapshot(): ServerStats {
    return {
      requests: this.requests,
      statements: this.statements,
      rssBytes: process.memoryUsage.rss(),
      heapUsedBytes: heapUsed(),
      allocatedBytes: this.#allocated(),
      cpuMicros: cpuMicros(),
    };
  }

  /** Answers GET /stats; returns false for any other request. */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' || req.url !== '/stats') return false;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(this.snapshot()));
    return true;
  }
}

export interface BenchServer {
  /** Where queries go: a GraphQL endpoint, or the floor's base URL. */
  url: string;
  statsUrl: string;
  close(): Promise<void>;
}
