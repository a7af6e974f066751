// The HTTP side: an Express app that mounts the GraphQL endpoint at /graphql and returns a server
// that can be stopped cleanly. Further routes (pages, health, metrics) are added by the modules
// that own them, through `routes`.
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { createServer as createNodeServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context } from '../schema/context.js';
import { httpErrors } from './http-errors.js';

export interface HttpOptions {
  apollo: ApolloServer<Context>;
  /** Builds the context of one request. */
  context: (req: express.Request) => Promise<Context>;
  /** Adds routes before /graphql (a route module's `mount` function). */
  routes?: ((app: Express) => void)[];
  /** Largest JSON body, in bytes or as "100kb". */
  bodyLimit?: string | number;
  /** Runs on /graphql after the body is parsed, before Apollo (see graphql-http.ts). */
  graphqlMiddleware?: (RequestHandler | ErrorRequestHandler)[];
}

export function createHttpApp(options: HttpOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Brotli (quality 4, the middleware's default: fast enough to run per response) or gzip, for
  // every response of 1 KB or more whose type compresses: the pages, their scripts and styles, and
  // the JSON of /graphql. One middleware covers the static assets and the dynamic answers alike;
  // assets precompressed at build time would still leave the answers to a runtime compressor.
  app.use(compression());
  for (const mount of options.routes ?? []) mount(app);
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '100kb' }),
    ...(options.graphqlMiddleware ?? []),
    expressMiddleware(options.apollo, { context: ({ req }) => options.context(req) }),
  );
  app.use(httpErrors);
  return app;
}

export interface Listening {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and resolves once the socket is bound. */
export function listen(app: Express, port: number, host: string): Promise<Listening> {
  const server = createNodeServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is already taken; set PORT to a free port`) : error),
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
