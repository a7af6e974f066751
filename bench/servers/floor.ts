// The floor: no GraphQL at all. A bare node:http server that answers POST /<query name> by running
// the best Cypher we could write by hand for that question (bench/floor/<name>.cypher) through
// neo4j-driver, in the same kind of read transaction the API uses, and sends back its one value.
import neo4j from 'neo4j-driver';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { connect } from '../../src/db/neo4j.js';
import { projectPath } from '../../src/paths.js';
import { reusingAnswers } from './reuse-answers.js';
import { Counters, type BenchServer } from './stats.js';

// Read from the project folder, not beside this module, so that the compiled server finds them too.
const DIR = projectPath('bench', 'floor');

export const FLOOR_QUERIES: ReadonlyMap<string, string> = new Map(
  readdirSync(DIR)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => [file.slice(0, -'.cypher'.length), readFileSync(path.join(DIR, file), 'utf8')]),
);

/** JSON has one kind of number; Cypher wants whole ones as integers (LIMIT refuses a float). */
const toCypher = (_key: string, value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8'), toCypher) as Record<string, unknown>) : {};
}

export async function startFloor(options: {
  neo4jUri: string;
  port: number;
  /** Reads answered from the first answer to the same statement (reuse-answers.ts). */
  reuseAnswers?: boolean;
}): Promise<BenchServer> {
  const counters = new Counters();
  const db = connect({
    uri: options.neo4jUri,
    username: 'neo4j',
    password: '',
    database: undefined,
    txTimeoutMs: 30_000,
  });
  db.onQuery = () => void counters.statements++;
  const reads = options.reuseAnswers ? reusingAnswers(db) : db;
  const server = createServer((req, res) => {
    if (counters.serve(req, res)) return;
    const cypher = req.method === 'POST' ? FLOOR_QUERIES.get((req.url ?? '').slice(1)) : undefined;
    if (!cypher) {
      res.writeHead(404).end();
      return;
    }
    counters.requests++;
    body(req)
      .then((params) => reads.read(cypher, params))
      .then((result) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: result.records[0]?.get('result') ?? null }));
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    statsUrl: `${base}/stats`,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await db.close();
    },
  };
}
