// Starts the three systems, each in a process of its own (so that one's garbage collection or
// event-loop stalls never land on another's clock, and the API's resident memory is its own), or,
// for the smoke test, in the test's own process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { System } from '../suite/case.js';
import { START } from '../servers/index.js';
import type { ServerStats } from '../servers/stats.js';

export interface Running {
  system: System;
  url: string;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('../servers/index.ts', import.meta.url));
const statsOf = (statsUrl: string) => async () => (await (await fetch(statsUrl)).json()) as ServerStats;

export function spawnSystem(system: System, port: number, neo4jUri: string): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, system, String(port), neo4jUri], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${system} server exited with code ${code} before it was ready`)));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const ready = /READY (\S+) (\S+)/.exec(chunk);
      if (!ready) return;
      resolve({
        system,
        url: ready[1]!,
        stats: statsOf(ready[2]!),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

export async function startInProcess(system: System, neo4jUri: string): Promise<Running> {
  const server = await START[system]({ neo4jUri, port: 0 });
  return { system, url: server.url, stats: statsOf(server.statsUrl), stop: () => server.close() };
}
