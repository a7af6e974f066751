// Starts the API as its own process (`cli.ts serve`), on a fresh local Neo4j store of its own, so
// that the load generator does not share its event loop and the writes land in a throwaway graph.
// With `heap: true` the process runs with --expose-gc and the heap reporter (heap-reporter.ts), and
// `heap()` asks it, over the IPC channel, for its heap after garbage collection and its RSS.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SERVE_NODE_FLAGS } from '../../src/node-flags.js';
import { PROJECT_ROOT } from '../../src/paths.js';

export interface HeapSample {
  heapUsed: number;
  rss: number;
}

export interface ServedApi {
  url: string;
  pid: number;
  /** Heap in use after a full collection, and RSS, of the API process (with `heap: true` only). */
  heap(): Promise<HeapSample>;
  stop(): Promise<number | null>;
}

export async function startApi(env: Record<string, string>, options: { heap?: boolean } = {}): Promise<ServedApi> {
  mkdirSync(path.join(PROJECT_ROOT, '.neo4j'), { recursive: true });
  const store = mkdtempSync(path.join(PROJECT_ROOT, '.neo4j', 'load-'));
  // The facts are loaded first, by `cli.ts load` with a generous transaction timeout: on a busy
  // machine the first load of an empty store can take longer than the served API's 10 s.
  const load = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'load'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: '', NEO4J_LOCAL_DIR: store, ...env, NEO4J_TX_TIMEOUT_MS: '120000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const loaded = await new Promise<number | null>((resolve) => load.once('exit', resolve));
  if (loaded !== 0) {
    rmSync(store, { recursive: true, force: true });
    throw new Error(`loading the facts into ${store} failed with exit code ${loaded}`);
  }
  const nodeArgs = options.heap
    ? ['--expose-gc', '--import', 'tsx', '--import', './scripts/load/heap-reporter.ts']
    : ['--import', 'tsx'];
  const child = spawn(process.execPath, [...SERVE_NODE_FLAGS, ...nodeArgs, 'src/cli.ts', 'serve'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: '', NEO4J_LOCAL_DIR: store, ...env },
    stdio: ['ignore', 'pipe', 'inherit', ...(options.heap ? (['ipc'] as const) : [])],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const ready = /API ready at (\S+)/.exec(chunk);
      if (ready) resolve(ready[1]!);
    });
    exited.then((code) => {
      rmSync(store, { recursive: true, force: true });
      reject(new Error(`the API exited with ${code} before it was ready`));
    });
  });
  return {
    url,
    pid: child.pid!,
    heap() {
      if (!options.heap) throw new Error('start the API with { heap: true } to sample its heap');
      return new Promise<HeapSample>((resolve) => {
        child.once('message', (message: HeapSample) => resolve({ heapUsed: message.heapUsed, rss: message.rss }));
        child.send({ type: 'heap' });
      });
    },
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      rmSync(store, { recursive: true, force: true });
      return code;
    },
  };
}
