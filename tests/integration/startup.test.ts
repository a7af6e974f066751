// Start-up failures are quick and say what to do: an unreachable database, a taken port.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { PROJECT_ROOT } from '../../src/paths.js';

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stderr, ms: Date.now() - started }));
  });
}

async function takenPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { port: address.port, release: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('start-up', () => {
  it('exits non-zero within seconds, with a clear message, when NEO4J_URI cannot be reached', async () => {
    const closed = await takenPort();
    await closed.release(); // now nothing listens there
    const result = await runCli(['serve'], { NEO4J_URI: `bolt://127.0.0.1:${closed.port}`, PORT: '0' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`cannot reach Neo4j at bolt://127.0.0.1:${closed.port}`));
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(result.ms).toBeLessThan(15_000);
  });

  it('names the port and the variable to change when the local Neo4j port is taken', async () => {
    const taken = await takenPort();
    try {
      await expect(
        startLocalNeo4j({
          port: taken.port,
          dir: '.neo4j/port-test',
          heapMb: 256,
          pageCacheMb: 16,
          txTimeoutMs: 5_000,
          log: () => {},
        }),
      ).rejects.toThrow(new RegExp(`port ${taken.port} on 127.0.0.1 is already taken; set NEO4J_LOCAL_PORT`));
    } finally {
      await taken.release();
    }
  });
});
