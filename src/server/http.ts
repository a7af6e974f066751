// The HTTP side: an Express app that mounts the GraphQL endpoint at /graphql with its CORS policy,
// and returns a server that can be stopped cleanly. Further routes (pages, health, metrics) are
// added by the modules that own them, through `routes`.
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import compression from 'compression';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { createServer as createNodeServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context } from '../schema/context.js';
import { httpErrors } from './http-errors.js';
import { DEFAULT_LIMITS } from './limits.js';

export interface HttpOptions {
  apollo: ApolloServer<Context>;
  /** Builds the context of one request. */
  context: (req: express.Request) => Promise<Context>;
  /** Adds routes before /graphql (a route module's `mount` function). */
  routes?: ((app: Express) => void)[];
  /** Largest JSON body, in bytes (BODY_LIMIT_BYTES; the default limit when left out). */
  bodyLimit?: number;
  /** Origins allowed to call /graphql from a browser, or `*`; none: same origin only (CORS_ORIGINS). */
  corsOrigins?: readonly string[];
  /** Runs on /graphql after the body is parsed, before Apollo (see graphql-http.ts). */
  graphqlMiddleware?: (RequestHandler | ErrorRequestHandler)[];
}

/** The CORS policy of /graphql: the configured origins, GET and POST, and the headers clients send. */
function graphqlCors(origins: readonly string[]): RequestHandler {
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'POST'],
    // The CSRF guard's headers (which Apollo Client sends), and the client-name headers that
    // Apollo's tools (Sandbox among them) send; none carries a credential.
    allowedHeaders: [
      'content-type',
      'accept',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'apollographql-client-name',
      'apollographql-client-version',
    ],
    maxAge: 600,
  });
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
  if (options.corsOrigins?.length) app.use('/graphql', graphqlCors(options.corsOrigins));
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? DEFAULT_LIMITS.bodyLimitBytes }),
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
