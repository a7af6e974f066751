// Draining on SIGTERM: stop accepting connections, let the requests in flight finish, and close each
// keep-alive connection as soon as it falls idle. After `graceMs` whatever is still open is cut, so
// a stuck client cannot hold the process up forever.
import type { Server } from 'node:http';

export async function drainHttp(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // close() stops new connections and closes the idle ones at that moment; a connection whose
  // request finishes later would otherwise wait out its keep-alive timeout.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  server.closeIdleConnections();
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(cut);
  }
}
