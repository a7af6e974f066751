// SIGTERM on the real served process: it stops taking connections at once, answers the request it
// is in the middle of reading, closes the driver and exits cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer, type Socket } from 'node:net';
import { inject } from 'vitest';
import { afterAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { TEST_SECRET } from '../support/tokens.js';

let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function response(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    socket.on('close', () => resolve(text)).on('error', reject);
  });
}

it('answers the request in flight, refuses new ones and exits 0 on SIGTERM', { timeout: 120_000 }, async () => {
  const port = await freePort();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
    cwd: PROJECT_ROOT,
    // NODE_ENV as deployed: under vitest it is "test", which hides Apollo's own signal handling.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: inject('neo4jUri'),
      PORT: String(port),
      JWT_SECRET: TEST_SECRET,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child!.stdout!.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('API ready at') && resolve());
    exited.then((code) => reject(new Error(`server exited with ${code} before it was ready`)));
  });

  // A request whose body arrives in two halves, with SIGTERM between them.
  const body = JSON.stringify({ query: '{ organisation(key: "hmic") { name } }' });
  const socket = connect(port, '127.0.0.1');
  const answer = response(socket);
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
  );
  socket.write(body.slice(0, 10));
  await new Promise((resolve) => setTimeout(resolve, 300));
  child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));

  await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
  expect(child.exitCode).toBeNull();

  socket.write(body.slice(10));
  const raw = await answer;
  expect(raw).toMatch(/^HTTP\/1\.1 200 OK/);
  expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({ data: { organisation: { name: 'HMIC' } } });
  expect(await exited).toBe(0);
});
