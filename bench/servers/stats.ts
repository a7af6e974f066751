// What each of the three servers reports at GET /stats, so the benchmark can tell Cypher round trips
// per request and resident memory without reaching into the server's process: requests answered on
// the query endpoint, and statements the server sent to Neo4j, both counted since start-up.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface ServerStats {
  requests: number;
  statements: number;
  rssBytes: number;
}

export class Counters {
  requests = 0;
  statements = 0;

  snapshot(): ServerStats {
    return { requests: this.requests, statements: this.statements, rssBytes: process.memoryUsage.rss() };
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
