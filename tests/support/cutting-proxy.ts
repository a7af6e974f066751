// A loopback TCP proxy in front of the test Neo4j that a test can freeze (forward nothing either
// way) or take down at the moment the client next sends something, to reproduce a database that
// stops answering mid-write and a connection lost after COMMIT was sent.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface CuttingProxy {
  uri: string;
  /** Stop forwarding in both directions; connections stay open. */
  freeze(): void;
  /** The next bytes the client sends are dropped, every connection is closed and new ones refused. */
  downOnNextSend(): void;
  close(): Promise<void>;
}

export async function cuttingProxy(target: string): Promise<CuttingProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let frozen = false;
  let down = false;
  let armed = false;
  const takeDown = () => {
    down = true;
    for (const s of sockets) s.destroy();
  };
  const server: Server = createServer((client) => {
    if (down) return void client.destroy();
    const upstream = connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    const drop = () => {
      sockets.delete(client);
      sockets.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk) => {
      if (armed) return takeDown();
      if (!frozen) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!frozen && !down) client.write(chunk);
    });
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    uri: `bolt://127.0.0.1:${address.port}`,
    freeze: () => void (frozen = true),
    downOnNextSend: () => void (armed = true),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
