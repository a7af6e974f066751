// The last error handler of the app. Express's own error page is HTML, with a stack trace outside
// production; any error that no route answered (body errors of /graphql are answered in
// graphql-http.ts) gets a GraphQL-shaped JSON answer with a stable code instead, and is logged with
// the request id.
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { ErrorRequestHandler } from 'express';
import { requestLogOf } from './logging.js';

export const httpErrors: ErrorRequestHandler = (error: Error & { status?: number }, req, res, next) => {
  if (res.headersSent) return next(error);
  const context = requestLogOf(req);
  const clientError = error.status !== undefined && error.status >= 400 && error.status < 500;
  if (!clientError) context?.log.error({ err: error }, 'request failed outside GraphQL');
  res.status(clientError ? error.status! : 500).json({
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
};
