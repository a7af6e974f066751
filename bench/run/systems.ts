// Starts the three systems, each in a process of its own (so that one's garbage collection or
// event-loop stalls never land on another's clock, and the API's resident memory is its own), run
// from the compiled JavaScript as `npm start` runs the API: under a TypeScript loader every Error's
// stack is source-mapped, and neo4j-driver captures one per query, which would tax all three. All
// three run with the V8 flags the API is served with (src/node-flags.ts), so none is tuned apart.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SERVE_NODE_FLAGS } from '../../src/node-flags.js';
import { projectPath } from '../../src/paths.js';
import type { System } from '../suite/case.js';
import type { ServerStats } from '../servers/stats.js';

export interface Running {
  system: System;
  url: string;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

const ENTRY = projectPath('dist', 'bench', 'servers', 'index.js');
const statsOf = (statsUrl: string) => async () => (await (await fetch(statsUrl)).json()) as ServerStats;

/** Needs `npm run build` first. */
export function spawnSystem(
  system: System,
  port: number,
  neo4jUri: string,
  options: {
    /** Reads answered from the first answer to the same statement (bench/servers/reuse-answers.ts). */
    reuseAnswers?: boolean;
    /** Another build's server entry (dist/bench/servers/index.js), to compare two builds. */
    entry?: string;
  } = {},
): Promise<Running> {
  const entry = options.entry ?? ENTRY;
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const args = [entry, system, String(port), neo4jUri, ...(options.reuseAnswers ? ['reuse-answers'] : [])];
  const child = spawn(process.execPath, [...SERVE_NODE_FLAGS, ...args], {
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
