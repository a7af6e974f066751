// What watches every GraphQL operation from its start to its answer (its log line, its metrics),
// written once for both ways an operation is answered: Apollo's request pipeline, through a plugin,
// and the fast lane (src/server/direct/lane.ts), by a plain call.
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../schema/context.js';

/** An operation as it was answered. */
export interface Answered {
  /** The operation's name in its document; null when it has none or none was resolved. */
  operationName: string | null;
  /** query, mutation or subscription; null when the request never resolved to an operation. */
  operationType: string | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Starts watching one operation of `context`; what it returns is called once, with the answer. */
export type OperationWatch = (context: Context) => (answered: Answered) => void;

/** An answer as Apollo's `willSendResponse` hook sees it. */
export function answeredOf({
  response,
  operationName,
  operation,
}: GraphQLRequestContextWillSendResponse<Context>): Answered {
  const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
  return { operationName: operationName ?? null, operationType: operation?.operation ?? null, errors: body?.errors };
}

/** `watch` on every operation Apollo answers. */
export function watchPlugin(watch: OperationWatch): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const done = watch(contextValue);
      return {
        async willSendResponse(rc) {
          done(answeredOf(rc));
        },
      };
    },
  };
}
