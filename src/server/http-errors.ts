// Express's own error page is HTML, with a stack trace outside production. Errors raised before
// GraphQL runs (a body that is not JSON, one over the size limit) get a GraphQL-shaped JSON answer
// with a stable code instead, and are logged with the request id.
import type { ErrorRequestHandler } from 'express';
import { requestLogOf } from './logging.js';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

export const httpErrors: ErrorRequestHandler = (error: BodyParserError, req, res, next) => {
  if (res.headersSent) return next(error);
  const context = requestLogOf(req);
  const answer = (status: number, message: string, extensions: Record<string, unknown>) =>
    res.status(status).json({ errors: [{ message, extensions: { ...extensions, requestId: context?.requestId } }] });
  if (error.type === 'entity.too.large') {
    context?.log.warn({ limit: error.limit }, 'request body over the limit');
    return answer(413, `The request body is larger than the limit of ${error.limit} bytes.`, {
      code: 'PAYLOAD_TOO_LARGE',
      limit: 'bodyLimitBytes',
      max: error.limit,
    });
  }
  if (error.type === 'entity.parse.failed') return answer(400, 'The request body is not valid JSON.', { code: 'BAD_REQUEST' });
  if (error.status && error.status >= 400 && error.status < 500) {
    return answer(error.status, 'The request could not be read.', { code: 'BAD_REQUEST' });
  }
  context?.log.error({ err: error }, 'request failed outside GraphQL');
  return answer(500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
};
