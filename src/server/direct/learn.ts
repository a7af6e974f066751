// The fast lane's way to a text it has not answered before (lane.ts): parsed and validated here as
// Apollo's pipeline would, with the same parse options and the same rules, and planned as the
// plugin plans it (answer.ts). A text that does not parse, breaks a rule, names no operation of its
// own, or that direct execution cannot answer (a mutation, introspection at the root, a directive)
// is not learnt: Apollo takes it as before, and reports what it finds.
import {
  type DocumentNode,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import type { Remembered } from './lane.js';
import { planOf } from './answer.js';

/** `keep`: the plan is to be kept and used again (planOf), not only for the request at hand. */
export type Learn = (query: string, operationName: string | undefined, keep: boolean) => Remembered | undefined;

export function learner(
  schema: GraphQLSchema,
  validationRules: readonly ValidationRule[],
  parseOptions: ParseOptions,
): Learn {
  const rules = [...specifiedRules, ...validationRules];
  return (query, operationName, keep) => {
    let document: DocumentNode;
    try {
      document = parse(query, parseOptions);
    } catch {
      return undefined;
    }
    // Only a query can be planned: a mutation is left to Apollo before it is validated twice.
    const operation = getOperationAST(document, operationName);
    if (operation?.operation !== 'query' || validate(schema, document, rules).length > 0) return undefined;
    const plan = planOf(schema, document, operation, keep);
    return plan ? { schema, document, operation, plan } : undefined;
  };
}
