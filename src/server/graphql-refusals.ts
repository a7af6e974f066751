// The answers /graphql gives when it refuses a request before Apollo runs it, with their stable
// codes: in the response type the client accepts (media-types.ts), as Apollo's own request errors are.
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { JSON_TYPE, requestErrorStatus, responseType } from './media-types.js';
import { sendJson, sendText } from './http-send.js';

/** Stable codes of the errors these handlers send. */
export const HttpErrorCode = {
  BAD_REQUEST: ApolloServerErrorCode.BAD_REQUEST,
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  PERSISTED_QUERY_NOT_FOUND: ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  PERSISTED_QUERY_HASH_MISMATCH: 'PERSISTED_QUERY_HASH_MISMATCH',
  OPERATION_NOT_TRUSTED: 'OPERATION_NOT_TRUSTED',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
} as const;

export interface RequestError {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
  /** More extensions besides the code, such as the limit a request went over. */
  extensions?: Record<string, unknown>;
}

/** Sends one GraphQL request error in the response type the client accepts. */
export function sendRequestError(req: IncomingMessage, res: ServerResponse, error: RequestError): void {
  const type = responseType(req.headers.accept);
  // 405 and 413 describe the HTTP exchange itself, so they stand under either response type.
  res.statusCode = error.status === 400 ? requestErrorStatus(type) : error.status;
  for (const [name, value] of Object.entries(error.headers ?? {})) res.setHeader(name, value);
  res.setHeader('content-type', type ?? JSON_TYPE);
  sendText(
    req,
    res,
    JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }] }),
  );
}

/**
 * Answers a body the JSON parser refused for being malformed (400 under either response type: not a
 * well-formed GraphQL-over-HTTP request) or too large (413); false for any other error.
 */
export function answerBodyError(
  req: IncomingMessage,
  res: ServerResponse,
  error: { type?: string; limit?: number },
): boolean {
  if (error.type === 'entity.parse.failed') {
    sendJson(req, res, 400, {
      errors: [{ message: 'the request body is not valid JSON', extensions: { code: HttpErrorCode.BAD_REQUEST } }],
    });
    return true;
  }
  if (error.type !== 'entity.too.large') return false;
  sendRequestError(req, res, {
    status: 413,
    code: HttpErrorCode.PAYLOAD_TOO_LARGE,
    message: `the request body is larger than the ${error.limit} bytes the server accepts`,
    extensions: { limit: 'bodyLimitBytes', max: error.limit },
  });
  return true;
}
