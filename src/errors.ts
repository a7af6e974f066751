import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Stable error codes; clients may switch on them. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The write was sent for commit and the connection lost: it may have been applied; send it again. */
  WRITE_OUTCOME_UNKNOWN: 'WRITE_OUTCOME_UNKNOWN',
  OVERLOADED: 'OVERLOADED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** A limit's name (`extensions.limit`, as the README's Limits section names it) and its value (`max`). */
export interface Cap {
  limit: string;
  max: number;
}

/** A bad argument; one over a cap also carries the cap (`{ limit, max }`). */
export function badInput(message: string, argument?: string, cap?: Cap): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}), ...cap },
  });
}

/**
 * A field of a mutation's input that failed validation; `field` is its path, such as `input.evidence`.
 * A value over a cap also carries the cap's name and value (`{ limit, max }`).
 */
export function badField(field: string, message: string, cap?: Cap): GraphQLError {
  return new GraphQLError(`"${field}" ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field, ...cap } });
}

/** A request over one of the configured limits; `limit` names it as the configuration does. */
export function overLimit(limit: string, max: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, limit, max, http: { status: 400 } },
  });
}

/**
 * An argument above one of the read caps (src/graph/limits.ts), found while a field is resolved: the
 * field fails with the argument, the cap's name and its value, and the response keeps its status.
 */
export function overCap(argument: string, limit: string, max: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument, limit, max } });
}

// 401 only when it fails the whole request (before execution); inside a resolver the status stays
// 200 and the code says it, as for any field error.
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
}

/** More work than the server takes at once (see src/server/admission.ts): 503, retry after a pause. */
export function overloaded(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`The server is at capacity; retry after ${retryAfterSeconds} s.`, {
    extensions: {
      code: ErrorCode.OVERLOADED,
      retryAfterSeconds,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
