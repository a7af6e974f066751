// Starts the API as its own process (`cli.ts serve`), on a fresh local Neo4j store of its own, so
// that the load generator does not share its event loop and the writes land in a throwaway graph.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

export interface ServedApi {
  url: string;
  stop(): Promise<number | null>;
}

export async function startApi(env: Record<string, string>): Promise<ServedApi> {
  mkdirSync(path.join(PROJECT_ROOT, '.neo4j'), { recursive: true });
  const store = mkdtempSync(path.join(PROJECT_ROOT, '.neo4j', 'load-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: '', NEO4J_LOCAL_DIR: store, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const ready = /API ready at (\S+)/.exec(chunk);
      if (ready) resolve(ready[1]!);
    });
    exited.then((code) => reject(new Error(`the API exited with ${code} before it was ready`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      rmSync(store, { recursive: true, force: true });
      return code;
    },
  };
}
