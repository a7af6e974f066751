// What a client sees of an error. Every error leaves with a stable code. Database failures become
// SERVICE_UNAVAILABLE, OVERLOADED or QUERY_TIMEOUT with a plain message, never the driver's text;
// anything without a known code becomes "Internal server error", so no stack trace, file path, Cypher
// or driver detail reaches a client. Only NODE_ENV=development shows internal messages and stacks.
// The full error is logged with the request id (logging.ts), and the id is
// added to every error the client gets, so a report can be matched to the log.
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { WriteOutcomeUnknownError, failureKind } from '../db/failures.js';
import { ErrorCode } from '../errors.js';
import { OverloadedError } from './admission.js';

/** Codes whose messages are written for clients (ours, and Apollo's request errors). */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  ...Object.values(ApolloServerErrorCode).filter((c) => c !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR),
]);

export interface ErrorFormatOptions {
  /** NODE_ENV=development: internal messages and stack traces reach the client. */
  development: boolean;
  txTimeoutMs: number;
  maxTokens: number;
}

/** The code an error will carry, before formatting: what logs and metrics group it by. */
export function errorCode(error: unknown): string {
  const original = unwrapResolverError(error);
  if (original instanceof WriteOutcomeUnknownError) return ErrorCode.WRITE_OUTCOME_UNKNOWN;
  if (original instanceof OverloadedError) return ErrorCode.OVERLOADED;
  const kind = failureKind(original);
  if (kind === 'timeout') return ErrorCode.QUERY_TIMEOUT;
  // The database answered but had no room (a transient error, or no pooled connection came free):
  // load, not an outage.
  if (kind === 'busy') return ErrorCode.OVERLOADED;
  if (kind) return ErrorCode.SERVICE_UNAVAILABLE;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}

export function formatErrorFor(options: ErrorFormatOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const where = { locations: formatted.locations, path: formatted.path };
    const code = errorCode(error);
    if (code === ErrorCode.SERVICE_UNAVAILABLE) {
      return { message: 'The database is unavailable; try again shortly.', ...where, extensions: { code } };
    }
    if (code === ErrorCode.OVERLOADED) {
      const original = unwrapResolverError(error);
      const retryAfterSeconds =
        original instanceof OverloadedError
          ? original.retryAfterSeconds
          : Number(formatted.extensions?.retryAfterSeconds ?? 1);
      return {
        message: `The server is at capacity; retry after ${retryAfterSeconds} s.`,
        ...where,
        extensions: { code, retryAfterSeconds },
      };
    }
    if (code === ErrorCode.WRITE_OUTCOME_UNKNOWN) {
      const message =
        'The connection to the database was lost after the write was sent: it may or may not have been applied. Curation mutations are idempotent; send it again.';
      return { message, ...where, extensions: { code } };
    }
    if (code === ErrorCode.QUERY_TIMEOUT) {
      const seconds = options.txTimeoutMs / 1000;
      const message = `The query ran past the ${seconds} s transaction timeout; ask for less (smaller pages, less nesting).`;
      return { message, ...where, extensions: { code, limit: 'txTimeoutMs', max: options.txTimeoutMs } };
    }
    // graphql-js words it "contains more that N tokens" (sic); match either spelling.
    if (
      code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED &&
      /contains more th\w+ \d+ tokens/.test(formatted.message)
    ) {
      const message = `Query token limit of ${options.maxTokens} exceeded: the document is too long to parse.`;
      return {
        ...formatted,
        message,
        extensions: { ...formatted.extensions, limit: 'maxTokens', max: options.maxTokens },
      };
    }
    // graphql-js meters the work of comparing same-named fields and gives up with this bare message
    // on a document that repeats one field hundreds of times.
    if (code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED && formatted.message === 'Validation aborted.') {
      return {
        ...formatted,
        message: 'The query is too wide to validate: it repeats fields too often. Ask for each field once.',
      };
    }
    if (!options.development && !CLIENT_CODES.has(code)) {
      return { message: 'Internal server error', ...where, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    if (!options.development) {
      const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    return formatted;
  };
}
