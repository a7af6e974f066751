// Structured JSON logs (pino), one line per GraphQL operation, each with the request id. The id is
// the caller's `x-request-id` when it is a plain token (so a proxy's id carries through), else a new
// UUID; it goes back in the response header and in every error the client receives.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Context } from '../schema/context.js';
import { ErrorCode } from '../errors.js';
import { errorCode } from './error-format.js';
import { answeredOf, type OperationWatch } from './operation-watch.js';

/** A JSON logger at `level` (LOG_LEVEL in the configuration). */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  return pino({ level, base: { service: 'ct-knowledge-graph' } }, destination);
}

const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;
// Kept on the request itself, not in a WeakMap keyed by it: V8's young-generation collector keeps
// every entry of a long-lived WeakMap alive, key and value, so each request and its logger would be
// copied to the old generation and stay there until a full collection (query-cost.ts keeps its
// cost the same way).
const REQUEST_LOG = Symbol('request log');
type Logged = IncomingMessage & { [REQUEST_LOG]?: { requestId: string; log: Logger } };

/** The id and logger of an HTTP request, for its GraphQL context. */
export function requestLogOf(req: IncomingMessage): { requestId: string; log: Logger } | undefined {
  return (req as Logged)[REQUEST_LOG];
}

/** A hook on every request (HttpOptions.onRequest): gives it an id and a child logger. */
export function requestIds(logger: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const offered = req.headers['x-request-id'];
    const requestId = typeof offered === 'string' && SAFE_ID.test(offered) ? offered : randomUUID();
    (req as Logged)[REQUEST_LOG] = { requestId, log: logger.child({ requestId }) };
    res.setHeader('x-request-id', requestId);
  };
}

/** Errors a client did not cause: logged in full, stack and cause included, at error level. */
const SERVER_SIDE = new Set<string>([
  ErrorCode.INTERNAL_SERVER_ERROR,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.QUERY_TIMEOUT,
]);

/** The operation's log line, with its duration and the codes of its errors. */
export function operationLog(logger: Logger): OperationWatch {
  return (context) => {
    const started = performance.now();
    const requestId = (context.requestId ??= randomUUID());
    const log = (context.log ??= logger.child({ requestId }));
    return ({ operationName, operationType, errors }) =>
      log.info(
        {
          operationName,
          operationType,
          durationMs: Math.round(performance.now() - started),
          errorCodes: errors?.map((e) => e.extensions?.code) ?? [],
        },
        'graphql operation',
      );
  };
}

export function loggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  const watch = operationLog(logger);
  return {
    async requestDidStart({ contextValue }) {
      const done = watch(contextValue);
      // The watch has given the context its id and logger, when the request came with none.
      const { requestId, log } = contextValue as Context & Required<Pick<Context, 'requestId' | 'log'>>;
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = errorCode(error);
            if (SERVER_SIDE.has(code))
              log.error({ err: unwrapResolverError(error), code, operationName, path: error.path }, 'operation failed');
          }
        },
        async willSendResponse(rc) {
          const body = rc.response.body.kind === 'single' ? rc.response.body.singleResult : undefined;
          for (const error of body?.errors ?? []) {
            if (error.extensions) (error.extensions as Record<string, unknown>).requestId = requestId;
          }
          done(answeredOf(rc));
        },
      };
    },
  };
}
