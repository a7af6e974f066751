// Puts every operation's statements in the admission lane its cost chooses (admission.ts), and turns
// a refusal into HTTP 503 with Retry-After and the code OVERLOADED. An operation whose lane cannot
// take all of its root fields now is refused before any of them runs. (A statement beyond its
// operation's root fields that finds the queue full fails its own field with OVERLOADED; the
// response is then a 503 all the same.)
import type { ApolloServerPlugin } from '@apollo/server';
import { wrapDatabase } from '../db/wrap.js';
import { ErrorCode, overloaded } from '../errors.js';
import type { Context } from '../schema/context.js';
import type { Admission, Ticket } from './admission.js';
import { requestCost, type PageSizes } from './query-cost.js';

/**
 * Admits an operation of `cost` and `rootFields` root fields, and sends every statement it runs
 * through `context.db` into its lane; undefined (nothing held, nothing changed) when refused.
 */
export function admitOperation(
  admission: Admission,
  cost: number,
  rootFields: number,
  context: Context,
): Ticket | undefined {
  const ticket = admission.admit(admission.laneOf(cost), rootFields);
  if (ticket) context.db = wrapDatabase(context.db, (_mode, work) => admission.run(ticket, work));
  return ticket;
}

export function admissionPlugin(admission: Admission, pages: PageSizes): ApolloServerPlugin<Context> {
  const retryAfter = admission.options.retryAfterSeconds;
  return {
    async requestDidStart() {
      let ticket: Ticket | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const cost = requestCost(request, schema, document, operation, pages);
          ticket = admitOperation(admission, cost, operation.selectionSet.selections.length, contextValue);
          if (!ticket) throw overloaded(retryAfter);
        },
        async willSendResponse({ response }) {
          if (ticket) admission.release(ticket);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (!errors?.some((e) => e.extensions?.code === ErrorCode.OVERLOADED)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfter));
        },
      };
    },
  };
}
