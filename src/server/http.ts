// The HTTP side: one node:http request handler. /graphql is served by a plain handler in front
// (graphql-endpoint.ts: CORS, JSON body, Apollo), so the API's hottest path skips Express's router;
// an Express app serves everything else (pages, health, metrics, exports), through `routes`.
// Compression (for a client that accepts an encoding) and the hooks of `onRequest` (request ids,
// response counts) run on every request, on either side.
import type { ApolloServer } from '@apollo/server';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import { createServer as createNodeServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context } from '../schema/context.js';
import { graphqlEndpoint, type GraphqlEndpointOptions } from './graphql-endpoint.js';
import { httpErrors, sendHttpError } from './http-errors.js';
import { isBrowserVisit } from './media-types.js';
import { pathOf } from './request-url.js';

export interface HttpOptions extends GraphqlEndpointOptions {
  apollo: ApolloServer<Context>;
  /** Adds Express routes (a route module's `mount` function); /graphql is not among what they see. */
  routes?: ((app: Express) => void)[];
  /** Runs first on every request, /graphql's too (request ids, response counters). */
  onRequest?: ((req: IncomingMessage, res: ServerResponse) => void)[];
}

/** The whole server's request handler, for `listen`. */
export type HttpApp = (req: IncomingMessage, res: ServerResponse) => void;

export function createHttpApp(options: HttpOptions): HttpApp {
  const graphql = graphqlEndpoint(options);
  const app = express();
  app.disable('x-powered-by');
  for (const mount of options.routes ?? []) mount(app);
  // What the front below leaves to Express: a browser's visit (the pages redirect it to the
  // explorer) and paths Express also takes for /graphql (`/GraphQL`, `/graphql/`): the same handler.
  app.use('/graphql', ((req, res) => graphql(req, res)) as RequestHandler);
  app.use(httpErrors);
  // Brotli (quality 4, the middleware's default: fast enough to run per response) or gzip, for
  // every response of 1 KB or more whose type compresses: the pages, their scripts and styles, and
  // the JSON of /graphql. One middleware covers the static assets and the dynamic answers alike;
  // assets precompressed at build time would still leave the answers to a runtime compressor.
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const hooks = options.onRequest ?? [];
  const serve = (req: IncomingMessage, res: ServerResponse): void => {
    try {
      for (const hook of hooks) hook(req, res);
      if (pathOf(req.url) === '/graphql' && !isBrowserVisit(req)) graphql(req, res);
      else app(req, res);
    } catch (error) {
      // What Express did for a handler that threw: an answer, not a process brought down.
      sendHttpError(req, res, error as Error);
    }
  };
  return (req, res) => {
    if (req.headers['accept-encoding'] !== undefined) return compress(req, res, () => serve(req, res));
    // A client that names no encoding is sent none (the compressor would choose `identity` too),
    // so its per-request set-up (wrapping the response, a header hook, negotiation) is skipped:
    // 7-8% of a cheap request's CPU (`npm run bench:fixed-cost`). Only its Vary header is kept, so
    // that a shared cache never hands this answer's uncompressed form to a client that asked for
    // another, or the reverse. The compressor sends it only with types that compress; here it goes
    // with all.
    res.setHeader('Vary', 'Accept-Encoding');
    serve(req, res);
  };
}

export interface Listening {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and resolves once the socket is bound. */
export function listen(app: HttpApp, port: number, host: string): Promise<Listening> {
  const server = createNodeServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${host} is already taken; set PORT to a free port`)
          : error,
      ),
    );
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${host}:${address.port}/graphql`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
