// Queries answered without GraphQL's per-field execution. Each root field is still resolved by its
// own resolver (which builds and runs its one Cypher statement), after Apollo has parsed, validated,
// checked access, cost and admission; the answer below the root is then shaped from the returned map
// by shape.ts, with a plan made once per operation and kept with Apollo's cached document. Logging,
// metrics, status and headers are Apollo's as for any answer (this is its `responseForOperation`
// hook). Every field below the root only reads its parent's map, so the answer is the one execution
// would give; tests/integration/direct-execution.test.ts compares the two on a corpus of operations.
//
// Only a query without directives (@include/@skip could change the selection with the variables)
// is planned. An answer that execution would give with errors (bad input, a failed statement, a
// broken value) is left to ordinary execution, which then gets the same database answers the first
// attempt had: no statement runs twice.
import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import {
  defaultFieldResolver,
  getArgumentValues,
  getVariableValues,
  Kind,
  visit,
  BREAK,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields.js';
import type { Database } from '../../db/neo4j.js';
import { withRead } from '../../db/wrap.js';
import type { Context } from '../../schema/context.js';
import { Bail, complete, Unsupported, type FieldPlan, type Shaping } from './shape.js';

interface Plan {
  fragments: Record<string, FragmentDefinitionNode>;
  roots: FieldPlan[];
}

type Request = GraphQLRequestContextResponseForOperation<Context>;

function hasDirectives(node: Request['document']): boolean {
  let found = false;
  visit(node, {
    Directive() {
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** The operation's plan, or null when only ordinary execution answers it. */
function planOf({ schema, document, operation }: Request): Plan | null {
  const query = schema.getQueryType();
  if (operation.operation !== 'query' || !query || hasDirectives(document)) return null;
  const fragments: Plan['fragments'] = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const roots: FieldPlan[] = [];
  for (const [responseName, nodes] of collectFields(schema, fragments, {}, query, operation.selectionSet)) {
    const name = nodes[0]!.name.value;
    const field = query.getFields()[name];
    // __schema, __type and __typename at the root are left to execution.
    if (!field) return null;
    roots.push({ responseName, field, nodes, read: () => undefined, selections: new Map() });
  }
  return { fragments, roots };
}

interface Read {
  cypher: string;
  params: Record<string, unknown> | undefined;
  answer: ReturnType<Database['read']>;
}

/** `db`, remembering every read and its answer. */
const recording = (db: Database, reads: Read[]): Database =>
  withRead(db, (cypher, params) => {
    const answer = db.read(cypher, params);
    reads.push({ cypher, params, answer });
    return answer as never;
  });

/** `db`, answering each remembered read once more from its first answer. */
const replaying = (db: Database, reads: Read[]): Database =>
  withRead(db, (cypher, params) => {
    const text = JSON.stringify(params ?? {});
    const i = reads.findIndex((r) => r.cypher === cypher && JSON.stringify(r.params ?? {}) === text);
    if (i < 0) return db.read(cypher, params);
    return reads.splice(i, 1)[0]!.answer as never;
  });

async function answer(rc: Request, plan: Plan, reads: Read[]): Promise<Record<string, unknown>> {
  const { schema, operation, request } = rc;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  if (coerced.errors) throw new Bail();
  const variables = coerced.coerced;
  const ctx: Context = { ...rc.contextValue, db: recording(rc.contextValue.db, reads) };
  const query = schema.getQueryType()!;
  const settled = await Promise.allSettled(
    plan.roots.map(async (root) => {
      const field = root.field!;
      const info: GraphQLResolveInfo = {
        fieldName: field.name,
        fieldNodes: root.nodes,
        returnType: field.type,
        parentType: query,
        path: { prev: undefined, key: root.responseName, typename: query.name },
        schema,
        fragments: plan.fragments,
        rootValue: undefined,
        operation: operation as OperationDefinitionNode,
        variableValues: variables,
      };
      const args = getArgumentValues(field, root.nodes[0]!, variables);
      return (field.resolve ?? defaultFieldResolver)(undefined, args, ctx, info);
    }),
  );
  const shaping: Shaping = { schema, fragments: plan.fragments, variables, ctx };
  const data: Record<string, unknown> = {};
  plan.roots.forEach((root, i) => {
    const result = settled[i]!;
    if (result.status === 'rejected') throw new Bail();
    data[root.responseName] = complete(shaping, root.field!.type, result.value, root);
  });
  return data;
}

export interface DirectExecutionOptions {
  /** Told, for every operation, whether it was answered here (true) or by ordinary execution. */
  onAnswer?: (direct: boolean) => void;
}

export function directExecutionPlugin(options: DirectExecutionOptions = {}): ApolloServerPlugin<Context> {
  const plans = new WeakMap<OperationDefinitionNode, Plan | null>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          let plan = plans.get(rc.operation);
          if (plan === undefined) {
            plan = planOf(rc);
            plans.set(rc.operation, plan);
          }
          if (!plan) {
            options.onAnswer?.(false);
            return null;
          }
          const reads: Read[] = [];
          try {
            const data = await answer(rc, plan, reads);
            options.onAnswer?.(true);
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data } },
            };
          } catch (error) {
            // Whatever went wrong here, ordinary execution answers; an operation the plan cannot
            // serve (or a fault of this file, which is logged) is not planned again.
            if (!(error instanceof Bail) || error instanceof Unsupported) plans.set(rc.operation, null);
            if (!(error instanceof Bail)) rc.contextValue.log?.warn({ err: error }, 'direct execution failed');
            rc.contextValue.db = replaying(rc.contextValue.db, reads);
            options.onAnswer?.(false);
            return null;
          }
        },
      };
    },
  };
}
