// The three systems by name, and the child-process entry point that serves one of them:
//   node --import tsx bench/servers/index.ts SYSTEM PORT NEO4J_URI [reuse-answers]
// It prints `READY <url> <statsUrl>` once listening, and stops on SIGTERM or when its standard
// input closes, so that a benchmark that dies never leaves a server behind.
import { pathToFileURL } from 'node:url';
import type { System } from '../suite/case.js';
import type { BenchServer } from './stats.js';

type Start = (options: { neo4jUri: string; port: number; reuseAnswers?: boolean }) => Promise<BenchServer>;

// Imported on demand, so that each process loads only its own system: the API's resident memory
// must not include the Neo4j GraphQL Library's modules, nor the other way round.
export const START: Record<System, () => Promise<Start>> = {
  api: async () => (await import('./api.js')).startApi,
  neo4jGraphql: async () => (await import('./neo4j-graphql.js')).startNeo4jGraphql,
  floor: async () => (await import('./floor.js')).startFloor,
};

async function main(): Promise<void> {
  const [system, port, neo4jUri, mode] = process.argv.slice(2);
  const load = START[system as System];
  if (!load || !port || !neo4jUri)
    throw new Error('usage: index.ts api|neo4jGraphql|floor PORT NEO4J_URI [reuse-answers]');
  const server = await (await load())({ neo4jUri, port: Number(port), reuseAnswers: mode === 'reuse-answers' });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Apollo Server also listens for SIGTERM and stops itself first; a close that then waits on
    // it must not keep the process alive, so the exit has a deadline.
    setTimeout(() => process.exit(0), 3_000).unref();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
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
