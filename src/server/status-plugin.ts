// Apollo answers every request error (parse, validation, variable coercion) with 400 whatever the
// client accepts. The GraphQL-over-HTTP specification keeps 4xx for application/graphql-response+json
// and asks for 200 under application/json, which older clients read as "look at `errors`".
// This plugin moves those 400s to 200 for JSON clients; 405s, 5xx and executed results are untouched.
import type { ApolloServerPlugin } from '@apollo/server';
import { JSON_TYPE, responseType } from './media-types.js';

export function httpStatusPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (!request.http || response.body.kind !== 'single') return;
          const executed = response.body.singleResult.data !== undefined;
          if (executed || response.http.status !== 400) return;
          if (responseType(request.http.headers.get('accept')) === JSON_TYPE) response.http.status = 200;
        },
      };
    },
  };
}
