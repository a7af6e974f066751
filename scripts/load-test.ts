// Load test: mixed read queries from many connections for a fixed time, with curator writes running
// beside them, against the API served on the loopback interface with a throwaway local Neo4j. Prints
// throughput, p50 and p99 latency and error counts, then checks that every write the API acknowledged
// is in the graph. Settings: LOAD_DURATION_S (60), LOAD_CONNECTIONS (32), LOAD_WRITERS (2), PORT
// (4000) and NEO4J_LOCAL_PORT (7687) for the API and its Neo4j, LOG_LEVEL (warn) for the API.
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { percentile } from '../bench/run/percentile.js';
import { intFrom } from '../src/env.js';
import { missingWrites, runWriter } from './load/curator-writes.js';
import { startApi } from './load/served-api.js';

const duration = intFrom(process.env, 'LOAD_DURATION_S', 60);
const connections = intFrom(process.env, 'LOAD_CONNECTIONS', 32);
const writers = intFrom(process.env, 'LOAD_WRITERS', 2);
const logLevel = process.env.LOG_LEVEL || 'warn';

// What an explorer asks: a body and its neighbours, lists with nested lists, a person, a lookup by ID.
const READS = [
  'query LoadOrganisation { organisation(key: "hmic") { name inspects { nodes { name abbreviation } } published { nodes { title } } } }',
  'query LoadRecommendations { recommendations { nodes { number text addressedTo { nodes { name } } dueBy { nodes { name start } } progress { totalCount } } } }',
  'query LoadPerson { person(key: "denis-oconnor") { name holds { nodes { name } } succeeded { nodes { name } } stated { nodes { text } } } }',
  'query LoadStrands { strands { nodes { name description partOf { nodes { name } } } } }',
  'query LoadReport { document(key: "prevent-progress-and-prospects") { title finds { totalCount nodes { text sources { excerpt } } } recommends { totalCount } } }',
  'query LoadNode { node(id: "T3JnYW5pc2F0aW9uOnBzbmk") { id ... on Organisation { name inspectedBy { nodes { name } } } } }',
];

const secret = randomBytes(32).toString('hex');
const api = await startApi({ JWT_SECRET: secret, LOG_LEVEL: logLevel, HOST: '127.0.0.1' });
// Whatever fails in the run, the API and its Neo4j must not outlive this script.
try {
  process.exitCode = await run(api.url, api.stop);
} catch (error) {
  console.error(error);
  await api.stop();
  process.exitCode = 1;
}

async function run(url: string, stop: () => Promise<number | null>): Promise<number> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url))
    throw new Error(`refusing to load anything but the loopback interface: ${url}`);
  const token = await new SignJWT({ roles: ['curator'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('load-test')
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(secret));

  // Warm-up, not measured: Neo4j plans each distinct statement once and caches the plan, and the
  // JIT compiles the hot paths. Without it, 32 connections would all plan the same first query at once.
  for (let round = 0; round < 5; round++) {
    for (const query of READS) {
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    }
  }

  let graphqlErrors = 0;
  console.log(
    `load: ${connections} connections × ${duration} s of mixed reads (${READS.length} queries), ${writers} curator writers, against ${url} (API log level ${logLevel})`,
  );
  let running = true;
  const writing = Promise.all(Array.from({ length: writers }, (_, w) => runWriter(url, token, w, () => running)));
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: READS.map((query) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors++;
      },
    })),
  });
  running = false;
  const reports = await writing;

  const acknowledged = reports.flatMap((r) => r.acknowledged);
  const writeLatencies = reports.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  const missing = await missingWrites(url, token, acknowledged);
  const exitCode = await stop();

  console.log(
    `reads:  ${result.requests.total} requests in ${result.duration} s = ${result.requests.average.toFixed(1)} req/s`,
  );
  console.log(
    `        latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(
    `        errors: ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${graphqlErrors} GraphQL errors`,
  );
  console.log(
    `writes: ${acknowledged.length} acknowledged, ${reports.reduce((n, r) => n + r.failed, 0)} failed; latency p50 ${percentile(writeLatencies, 50).toFixed(0)} ms, p99 ${percentile(writeLatencies, 99).toFixed(0)} ms`,
  );
  console.log(
    `check:  ${acknowledged.length - missing.length} of ${acknowledged.length} acknowledged writes found in the graph with their audit records; ${missing.length} missing`,
  );
  console.log(`API exited with code ${exitCode} after SIGTERM`);
  return missing.length === 0 && exitCode === 0 ? 0 : 1;
}
