// Queries answered without GraphQL's per-field execution, inside Apollo's pipeline. Each root field
// is still resolved by its own resolver, after Apollo has parsed, validated, checked access, cost
// and admission; the answer below the root is then shaped from the returned map (answer.ts), with a
// plan made once per operation and kept with Apollo's cached document. Logging, metrics, status and
// headers are Apollo's as for any answer (this is its `responseForOperation` hook). Every field
// below the root only reads its parent's map, so the answer is the one execution would give;
// tests/integration/direct-execution.test.ts compares the two on a corpus of operations.
//
// An answer that execution would give with errors (bad input, a failed statement, a broken value)
// is left to ordinary execution, which then gets the same database answers the first attempt had.
// An operation answered here is offered to the fast lane (lane.ts), which answers the same text
// and operation name from then on without Apollo's pipeline.
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { getVariableValues, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../schema/context.js';
import { answerOperation, planFailed, planOf, replaying, type AnsweredBy, type Plan, type Read } from './answer.js';
import type { FastLane } from './lane.js';
import { Bail } from './shape.js';

export interface DirectExecutionOptions {
  /** Told, for every operation, which path answered it (tests watch this). */
  onAnswer?: (path: AnsweredBy) => void;
  /**
   * Whether the fast lane parses, validates and answers a text it has not seen (direct/learn.ts);
   * on unless `false`. Off, Apollo answers every text first (tests compare the two that way).
   */
  learnNewTexts?: boolean;
}

export function directExecutionPlugin(
  options: DirectExecutionOptions = {},
  lane?: FastLane,
): ApolloServerPlugin<Context> {
  const plans = new WeakMap<OperationDefinitionNode, Plan | null>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          const { schema, document, operation, request, contextValue } = rc;
          // Apollo asks even when the request named no operation of several (or none it has):
          // execution reports that.
          if (!operation) {
            options.onAnswer?.('executed');
            return null;
          }
          let plan = plans.get(operation);
          if (plan === undefined) {
            plan = planOf(schema, document, operation);
            plans.set(operation, plan);
          }
          // The fast lane tried it already, and left the answer to ordinary execution.
          if (!plan || lane?.handedOver(contextValue)) {
            options.onAnswer?.('executed');
            return null;
          }
          const reads: Read[] = [];
          try {
            const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
            if (coerced.errors) throw new Bail();
            const data = await answerOperation(
              { schema, plan, operation, variables: coerced.coerced, context: contextValue },
              reads,
            );
            if (typeof request.query === 'string') {
              lane?.remember(request.query, request.operationName, { schema, document, operation, plan });
            }
            options.onAnswer?.('direct');
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data } },
            };
          } catch (error) {
            // Whatever went wrong here, ordinary execution answers; an operation the plan cannot
            // serve (or a fault of this file, which is logged) is not planned again.
            if (planFailed(error, contextValue.log)) plans.set(operation, null);
            contextValue.db = replaying(contextValue.db, reads);
            options.onAnswer?.('executed');
            return null;
          }
        },
      };
    },
  };
}
