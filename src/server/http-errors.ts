// The last error handler of the app. Express's own error page is HTML, with a stack trace outside
// production; any error that no route answered (body errors of /graphql are answered in
// graphql-refusals.ts) gets a GraphQL-shaped JSON answer with a stable code instead, and is logged
// with the request id. /graphql, served outside Express (graphql-endpoint.ts), answers its other
// errors here too.
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { ErrorRequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './http-send.js';
import { requestLogOf } from './logging.js';

/** Answers an error no handler answered: its own 4xx, else 500; a response already begun is cut off. */
export function sendHttpError(req: IncomingMessage, res: ServerResponse, error: Error & { status?: number }): void {
  const context = requestLogOf(req);
  const clientError = error.status !== undefined && error.status >= 400 && error.status < 500;
  if (!clientError) context?.log.error({ err: error }, 'request failed outside GraphQL');
  if (res.headersSent) {
    res.destroy(error);
    return;
  }
  sendJson(req, res, clientError ? error.status! : 500, {
    errors: [
      {
        message: clientError ? 'The request could not be read.' : 'Internal server error',
        extensions: {
          code: clientError ? ApolloServerErrorCode.BAD_REQUEST : ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
          requestId: context?.requestId,
        },
      },
    ],
  });
}

export const httpErrors: ErrorRequestHandler = (error: Error & { status?: number }, req, res, next) => {
  if (res.headersSent) return next(error);
  sendHttpError(req, res, error);
};
