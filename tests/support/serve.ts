// Serves the API over real HTTP on a free port, wired as `serve` wires it (pages, CORS, trusted
// documents, GraphQL-over-HTTP handlers), with the options a test wants to vary. `serveForFile` does
// it for a whole test file: served before the first test, closed after the last.
import type { ApolloServer } from '@apollo/server';
import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import type { Context } from '../../src/schema/context.js';
import { createApiServer } from '../../src/server/create-server.js';
import { graphqlHttpHandlers } from '../../src/server/graphql-http.js';
import { createHttpApp, listen, type Listening } from '../../src/server/http.js';
import type { PersistedQueries } from '../../src/server/persisted-queries.js';
import { CLIENT_MANIFEST, loadTrustedDocuments } from '../../src/server/trusted-documents.js';
import { mountWeb } from '../../src/server/web.js';
import { openHarness, type Harness } from './helpers.js';

export interface ServeOptions {
  enforceTrustedDocuments?: boolean;
  /** Manifests to register; the project's client manifest unless given. */
  manifests?: string[];
  corsOrigins?: string[];
  cacheMaxAge?: number;
  /** Where automatic persisted queries are remembered (a fresh 8 MB store unless given). */
  persistedQueries?: PersistedQueries;
}

export interface Served {
  /** The /graphql endpoint. */
  url: string;
  /** scheme://host:port */
  origin: string;
  apollo: ApolloServer<Context>;
  /** The node:http server, for tests that watch its connections. */
  server: Server;
  close(): Promise<void>;
}

export async function serve(h: Harness, options: ServeOptions = {}): Promise<Served> {
  const { apollo, lane } = createApiServer({ cacheMaxAge: options.cacheMaxAge });
  await apollo.start();
  const trusted = loadTrustedDocuments({
    enforce: options.enforceTrustedDocuments ?? false,
    manifests: options.manifests ?? [CLIENT_MANIFEST],
  });
  const http: Listening = await listen(
    createHttpApp({
      apollo,
      lane,
      context: async () => h.context,
      routes: [mountWeb()],
      corsOrigins: options.corsOrigins,
      checkRequest: graphqlHttpHandlers({ trusted, persistedQueries: options.persistedQueries }),
    }),
    0,
    '127.0.0.1',
  );
  return {
    url: http.url,
    origin: new URL(http.url).origin,
    apollo,
    server: http.server,
    async close() {
      await http.close();
      await apollo.stop();
    },
  };
}

/**
 * Serves the API over the test database for the test file that calls it (at its top level): opens
 * the harness and serves it before the file's first test, closes both after its last. Returns a
 * getter, since the server exists only once the file's tests run. Hooks the file registers after
 * this call see the server already up (before) and run while it is still up (after).
 */
export function serveForFile(options: ServeOptions = {}): () => Served {
  let h: Harness | undefined;
  let served: Served | undefined;
  beforeAll(async () => {
    h = await openHarness();
    served = await serve(h, options);
  });
  afterAll(async () => {
    await served?.close();
    await h?.close();
  });
  return () => {
    if (!served) throw new Error('the API is served from beforeAll on: call serveForFile() at the top of the file');
    return served;
  };
}
