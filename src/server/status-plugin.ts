// Apollo answers every request error (parse, validation, variable coercion) with 400 whatever the
// client accepts. The GraphQL-over-HTTP specification keeps 4xx for application/graphql-response+json
// and asks for 200 under application/json, which older clients read as "look at `errors`".
// This plugin moves those 400s to 200 for JSON clients. A request that is not well-formed (no query,
// a query that is not a string: BAD_REQUEST) keeps its 400, as do 405s, 5xx and executed results.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { JSON_TYPE, responseType } from './media-types.js';

/** Errors of a well-formed request that GraphQL itself refused. */
const GRAPHQL_REQUEST_ERRORS = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

export function httpStatusPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (!request.http || response.body.kind !== 'single') return;
          const executed = response.body.singleResult.data !== undefined;
          if (executed || response.http.status !== 400) return;
          const codes = (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code);
          if (!codes.length || !codes.every((code) => GRAPHQL_REQUEST_ERRORS.has(String(code)))) return;
          if (responseType(request.http.headers.get('accept')) === JSON_TYPE) response.http.status = 200;
        },
      };
    },
  };
}
