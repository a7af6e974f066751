// GraphQL over HTTP, the parts Apollo leaves to us. These handlers run on /graphql after the body is
// parsed and before Apollo, which still does the rest (CSRF prevention, content negotiation, GET).
//  - A body that is not JSON gets a GraphQL-shaped 400 instead of Express's HTML error page.
//  - Documents named by hash are swapped for their registered or remembered text; a hash sent with
//    its text is checked and (outside trusted-documents mode) remembered, which is Apollo's automatic
//    persisted queries (persisted-queries.ts); in trusted-documents mode any text that is not
//    registered is refused (trusted-documents.ts).
//  - A mutation sent by GET is refused with 405 before validation, as the specification requires
//    even of a schema that has no mutations yet.
//  - A query sent by GET needs no header that forces a CORS preflight (see getQueriesNeedNoPreflight).
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { getOperationAST, parse } from 'graphql';
import { ErrorCode } from '../errors.js';
import { JSON_TYPE, requestErrorStatus, responseType } from './media-types.js';
import { hashRequested, paramsOf, persistedQueryVersion, rewriteWithText } from './graphql-params.js';
import {
  createPersistedQueries,
  DEFAULT_PERSISTED_QUERIES_MB,
  hashMatches,
  type PersistedQueries,
} from './persisted-queries.js';
import type { TrustedDocuments } from './trusted-documents.js';

/** Stable codes of the errors these handlers send. */
export const HttpErrorCode = {
  BAD_REQUEST: ApolloServerErrorCode.BAD_REQUEST,
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  PERSISTED_QUERY_NOT_FOUND: ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  PERSISTED_QUERY_HASH_MISMATCH: 'PERSISTED_QUERY_HASH_MISMATCH',
  OPERATION_NOT_TRUSTED: 'OPERATION_NOT_TRUSTED',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
} as const;

interface RequestError {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
  /** More extensions besides the code, such as the limit a request went over. */
  extensions?: Record<string, unknown>;
}

/** Sends one GraphQL request error in the response type the client accepts. */
export function sendRequestError(req: Request, res: Response, error: RequestError): void {
  const type = responseType(req.get('accept'));
  // 405 and 413 describe the HTTP exchange itself, so they stand under either response type.
  const status = error.status === 400 ? requestErrorStatus(type) : error.status;
  res.status(status).set(error.headers ?? {});
  res
    .type(type ?? JSON_TYPE)
    .send(
      JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }] }),
    );
}

const bodyErrors: ErrorRequestHandler = (error: { type?: string; limit?: number }, req, res, next) => {
  if (error.type === 'entity.parse.failed') {
    // Not a well-formed GraphQL-over-HTTP request: 400 under either response type.
    res
      .status(400)
      .type(JSON_TYPE)
      .send(
        JSON.stringify({
          errors: [{ message: 'the request body is not valid JSON', extensions: { code: HttpErrorCode.BAD_REQUEST } }],
        }),
      );
  } else if (error.type === 'entity.too.large') {
    sendRequestError(req, res, {
      status: 413,
      code: HttpErrorCode.PAYLOAD_TOO_LARGE,
      message: `the request body is larger than the ${error.limit} bytes the server accepts`,
      extensions: { limit: 'bodyLimitBytes', max: error.limit },
    });
  } else {
    next(error);
  }
};

// A not-found answer must not be kept by a cache: the same GET succeeds once the text is registered.
const NOT_CACHEABLE = { 'cache-control': 'private, no-cache, must-revalidate' };

function persistedDocumentsHandler(trusted: TrustedDocuments, remembered: PersistedQueries): RequestHandler {
  const notTrusted = (req: Request, res: Response) =>
    sendRequestError(req, res, {
      status: 400,
      code: HttpErrorCode.OPERATION_NOT_TRUSTED,
      message:
        'this server runs only registered operations (trusted documents); send a registered document or its documentId',
    });
  return (req, res, next) => {
    const hash = hashRequested(req);
    if (hash === null) {
      return sendRequestError(req, res, {
        status: 400,
        code: ErrorCode.BAD_USER_INPUT,
        message: 'documentId must be a string such as "sha256:<64 hex digits>"',
      });
    }
    const { query } = paramsOf(req);
    if (hash === undefined) {
      if (trusted.enforce && typeof query === 'string' && !trusted.isRegistered(query)) return notTrusted(req, res);
      return next();
    }
    const version = persistedQueryVersion(req);
    if (version !== undefined && version !== 1) {
      return sendRequestError(req, res, {
        status: 400,
        code: HttpErrorCode.BAD_REQUEST,
        message: `persisted query version ${String(version)} is not supported; send version 1`,
      });
    }
    if (typeof query === 'string' && query !== '') {
      // The second step of automatic persisted queries: the hash with its text.
      if (!hashMatches(hash, query)) {
        return sendRequestError(req, res, {
          status: 400,
          code: HttpErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
          message: `the query's SHA-256 hash is not ${hash}`,
        });
      }
      if (trusted.enforce) {
        if (!trusted.isRegistered(query)) return notTrusted(req, res);
      } else if (trusted.lookup(hash) === undefined) {
        remembered.remember(hash, query);
      }
      rewriteWithText(req, query);
      return next();
    }
    const text = trusted.lookup(hash) ?? (trusted.enforce ? undefined : remembered.lookup(hash));
    if (text === undefined) {
      return sendRequestError(req, res, {
        status: 400,
        code: HttpErrorCode.PERSISTED_QUERY_NOT_FOUND,
        message: `no registered or remembered document has the hash ${hash}`,
        headers: NOT_CACHEABLE,
      });
    }
    rewriteWithText(req, text);
    next();
  };
}

const refuseGetMutations: RequestHandler = (req, res, next) => {
  const { query, operationName } = paramsOf(req);
  if (req.method !== 'GET' || typeof query !== 'string') return next();
  let kind: string | undefined;
  try {
    kind = getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)?.operation;
  } catch {
    return next(); // Apollo reports the syntax error
  }
  if (kind && kind !== 'query') {
    return sendRequestError(req, res, {
      status: 405,
      code: HttpErrorCode.METHOD_NOT_ALLOWED,
      message: `a ${kind} must be sent by POST`,
      headers: { allow: 'POST' },
    });
  }
  next();
};

// Apollo's CSRF guard refuses any request a browser could send cross-site without a preflight: a
// form's POST (text/plain, urlencoded, multipart) and every GET lacking an `apollo-require-preflight`
// or `x-apollo-operation-name` header. For GET that guard buys nothing here, so it is waived:
//  - GET runs queries only (refuseGetMutations above, and Apollo refuses a GET mutation again);
//  - a browser adds no credentials of its own: authentication is a bearer token in the
//    Authorization header, which no cross-site link, image or form can set; there are no cookies;
//  - the answer cannot be read by another origin's script unless CORS_ORIGINS lets it.
// So a cross-site GET runs as an anonymous reader, as a curl command would. The guard stays on POST.
// Were the API ever put behind a proxy that turns a cookie into a token, that proxy must demand the
// header instead.
const getQueriesNeedNoPreflight: RequestHandler = (req, _res, next) => {
  if (req.method === 'GET' && !req.get('apollo-require-preflight') && !req.get('x-apollo-operation-name')) {
    req.headers['apollo-require-preflight'] = 'waived for GET';
  }
  next();
};

/** The handlers, in order, for HttpOptions.graphqlMiddleware. */
export function graphqlHttpHandlers(options: {
  trusted: TrustedDocuments;
  /** Where automatic persisted queries are remembered; 8 MB unless given. */
  persistedQueries?: PersistedQueries;
}): (RequestHandler | ErrorRequestHandler)[] {
  const remembered =
    options.persistedQueries ?? createPersistedQueries({ maxBytes: DEFAULT_PERSISTED_QUERIES_MB * 1024 * 1024 });
  return [
    bodyErrors,
    persistedDocumentsHandler(options.trusted, remembered),
    refuseGetMutations,
    getQueriesNeedNoPreflight,
  ];
}
