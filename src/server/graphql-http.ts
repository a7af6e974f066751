// GraphQL over HTTP, the parts Apollo leaves to us. These checks run on /graphql after the body is
// parsed and before Apollo (graphql-endpoint.ts), which still does the rest (CSRF prevention,
// content negotiation, GET). They read and rewrite the request in the shape Apollo executes.
//  - Documents named by hash are swapped for their registered or remembered text; a hash sent with
//    its text is checked and (outside trusted-documents mode) remembered, which is Apollo's automatic
//    persisted queries (persisted-queries.ts); in trusted-documents mode any text that is not
//    registered is refused (trusted-documents.ts).
//  - A mutation sent by GET is refused with 405 before validation, as the specification requires
//    even of a schema that has no mutations yet.
//  - A query sent by GET needs no header that forces a CORS preflight (see getQueriesNeedNoPreflight).
// A body that is not JSON, or too large, never gets this far: graphql-refusals.ts answers it with a
// GraphQL-shaped 400 or 413.
import type { HTTPGraphQLRequest } from '@apollo/server';
import { getOperationAST, parse } from 'graphql';
import { ErrorCode } from '../errors.js';
import { hashRequested, paramsOf, persistedQueryVersion, rewriteWithText } from './graphql-params.js';
import { HttpErrorCode, type RequestError } from './graphql-refusals.js';
import {
  createPersistedQueries,
  DEFAULT_PERSISTED_QUERIES_MB,
  hashMatches,
  type PersistedQueries,
} from './persisted-queries.js';
import type { TrustedDocuments } from './trusted-documents.js';

/** Checks (and may rewrite) a request before Apollo runs it; a refusal is sent instead of running it. */
export type GraphqlRequestCheck = (request: HTTPGraphQLRequest) => RequestError | undefined;

// A not-found answer must not be kept by a cache: the same GET succeeds once the text is registered.
const NOT_CACHEABLE = { 'cache-control': 'private, no-cache, must-revalidate' };

const NOT_TRUSTED: RequestError = {
  status: 400,
  code: HttpErrorCode.OPERATION_NOT_TRUSTED,
  message:
    'this server runs only registered operations (trusted documents); send a registered document or its documentId',
};

function persistedDocuments(trusted: TrustedDocuments, remembered: PersistedQueries): GraphqlRequestCheck {
  return (request) => {
    const params = paramsOf(request);
    const hash = hashRequested(params);
    if (hash === null) {
      return {
        status: 400,
        code: ErrorCode.BAD_USER_INPUT,
        message: 'documentId must be a string such as "sha256:<64 hex digits>"',
      };
    }
    const { query } = params;
    if (hash === undefined) {
      return trusted.enforce && typeof query === 'string' && !trusted.isRegistered(query) ? NOT_TRUSTED : undefined;
    }
    const version = persistedQueryVersion(params);
    if (version !== undefined && version !== 1) {
      return {
        status: 400,
        code: HttpErrorCode.BAD_REQUEST,
        message: `persisted query version ${String(version)} is not supported; send version 1`,
      };
    }
    if (typeof query === 'string' && query !== '') {
      // The second step of automatic persisted queries: the hash with its text.
      if (!hashMatches(hash, query)) {
        return {
          status: 400,
          code: HttpErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
          message: `the query's SHA-256 hash is not ${hash}`,
        };
      }
      if (trusted.enforce) {
        if (!trusted.isRegistered(query)) return NOT_TRUSTED;
      } else if (trusted.lookup(hash) === undefined) {
        remembered.remember(hash, query);
      }
      rewriteWithText(request, query);
      return undefined;
    }
    const text = trusted.lookup(hash) ?? (trusted.enforce ? undefined : remembered.lookup(hash));
    if (text === undefined) {
      return {
        status: 400,
        code: HttpErrorCode.PERSISTED_QUERY_NOT_FOUND,
        message: `no registered or remembered document has the hash ${hash}`,
        headers: NOT_CACHEABLE,
      };
    }
    rewriteWithText(request, text);
    return undefined;
  };
}

const refuseGetMutations: GraphqlRequestCheck = (request) => {
  if (request.method !== 'GET') return undefined;
  const { query, operationName } = paramsOf(request);
  if (typeof query !== 'string') return undefined;
  let kind: string | undefined;
  try {
    kind = getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)?.operation;
  } catch {
    return undefined; // Apollo reports the syntax error
  }
  if (!kind || kind === 'query') return undefined;
  return {
    status: 405,
    code: HttpErrorCode.METHOD_NOT_ALLOWED,
    message: `a ${kind} must be sent by POST`,
    headers: { allow: 'POST' },
  };
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
const getQueriesNeedNoPreflight: GraphqlRequestCheck = ({ method, headers }) => {
  if (method === 'GET' && !headers.get('apollo-require-preflight') && !headers.get('x-apollo-operation-name')) {
    headers.set('apollo-require-preflight', 'waived for GET');
  }
  return undefined;
};

/** The checks, in order, for HttpOptions.checkRequest: the first refusal is the answer. */
export function graphqlHttpHandlers(options: {
  trusted: TrustedDocuments;
  /** Where automatic persisted queries are remembered; 8 MB unless given. */
  persistedQueries?: PersistedQueries;
}): GraphqlRequestCheck {
  const remembered =
    options.persistedQueries ?? createPersistedQueries({ maxBytes: DEFAULT_PERSISTED_QUERIES_MB * 1024 * 1024 });
  const checks = [persistedDocuments(options.trusted, remembered), refuseGetMutations, getQueriesNeedNoPreflight];
  return (request) => {
    for (const check of checks) {
      const refused = check(request);
      if (refused) return refused;
    }
    return undefined;
  };
}
