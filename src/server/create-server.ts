// The API as a function of its dependencies, apart from the process that listens: tests run
// operations against it with `executeOperation`, and the CLI serves it over HTTP.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildAppSchema } from '../schema/build-schema.js';
import type { Context } from '../schema/context.js';
import { hardening, type ServerOptions } from './hardening.js';

export function createServer(options: ServerOptions = {}): ApolloServer<Context> {
  const { plugins, ...guards } = hardening(options);
  return new ApolloServer<Context>({
    schema: buildAppSchema(),
    // Apollo's default landing page loads from a CDN, which shows nothing offline.
    plugins: [ApolloServerPluginLandingPageDisabled(), ...plugins],
    // The CLI owns SIGTERM: it drains HTTP, then stops Apollo, then closes the driver. Apollo's own
    // handler would stop it first and re-raise the signal in the middle of that drain.
    stopOnTerminationSignals: false,
    ...guards,
  });
}
