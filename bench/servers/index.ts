// The three systems by name, and the child-process entry point that serves one of them:
//   node --import tsx bench/servers/index.ts SYSTEM PORT NEO4J_URI
// It prints `READY <url> <statsUrl>` once listening, and stops on SIGTERM or when its standard
// input closes, so that a benchmark that dies never leaves a server behind.
import { pathToFileURL } from 'node:url';
import type { System } from '../suite/case.js';
import { startApi } from './api.js';
import { startFloor } from './floor.js';
import { startNeo4jGraphql } from './neo4j-graphql.js';
import type { BenchServer } from './stats.js';

export const START: Record<System, (options: { neo4jUri: string; port: number }) => Promise<BenchServer>> = {
  api: startApi,
  neo4jGraphql: startNeo4jGraphql,
  floor: startFloor,
};

async function main(): Promise<void> {
  const [system, port, neo4jUri] = process.argv.slice(2);
  const start = START[system as System];
  if (!start || !port || !neo4jUri) throw new Error('usage: index.ts api|neo4jGraphql|floor PORT NEO4J_URI');
  const server = await start({ neo4jUri, port: Number(port) });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Apollo Server also listens for SIGTERM and stops itself first; a close that then waits on
    // it must not keep the process alive, so the exit has a deadline.
    setTimeout(() => process.exit(0), 3_000).unref();
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop).resume();
  console.log(`READY ${server.url} ${server.statsUrl}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
