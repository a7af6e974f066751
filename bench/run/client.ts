// The load side: HTTP/1.1 POSTs over kept-alive loopback connections (node:http, no client library
// between the clock and the socket), and a closed loop that keeps `concurrency` requests in flight
// until a time or count bound is reached, recording each request's latency.
import { Agent, request } from 'node:http';

export interface Target {
  url: string;
  body: string;
  /** When set, the body of each request (a text the server has not seen before), instead of `body`. */
  next?: () => string;
}

export function client(concurrency: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const post = (target: Target): Promise<any> =>
    new Promise((resolve, reject) => {
      const body = target.next ? target.next() : target.body;
      const req = request(
        target.url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const json = JSON.parse(text) as { errors?: unknown[] };
            // A fast error is not a fast answer: any error fails the measurement.
            if (res.statusCode !== 200 || json.errors?.length)
              reject(new Error(`${target.url} answered ${res.statusCode}: ${text.slice(0, 500)}`));
            else resolve(json);
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

export interface LoopOptions {
  concurrency: number;
  durationMs: number;
  maxRequests: number;
}

export interface LoopResult {
  /** Milliseconds, one per completed request. */
  latencies: number[];
  elapsedMs: number;
}

export async function closedLoop(target: Target, options: LoopOptions): Promise<LoopResult> {
  const http = client(options.concurrency);
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + options.durationMs;
  let issued = 0;
  const worker = async () => {
    while (issued < options.maxRequests && performance.now() < deadline) {
      issued++;
      const t0 = performance.now();
      await http.post(target);
      latencies.push(performance.now() - t0);
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } finally {
    http.close();
  }
  return { latencies, elapsedMs: performance.now() - started };
}
