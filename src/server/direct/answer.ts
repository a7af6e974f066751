// The core of direct execution, shared by the plugin inside Apollo's pipeline (plugin.ts) and the
// fast lane in front of it (lane.ts): an operation's plan, made once, and its answer, made by each
// root field's own resolver (which builds and runs its one Cypher statement) and shaped below the
// root from the returned map (shape.ts). Every read is remembered with its answer, so that when the
// answer is left to ordinary execution (`Bail`), execution gets the same database answers: no
// statement runs twice, and a timeout is not waited for twice.
import {
  getArgumentValues,
  Kind,
  visit,
  BREAK,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields.js';
import type { Database } from '../../db/neo4j.js';
import { withRead } from '../../db/wrap.js';
import type { Context } from '../../schema/context.js';
import type { Logger } from 'pino';
import { keepSelection } from '../../graph/resolve-tree.js';
import { rootResolver } from './roots.js';
import { Bail, complete, Unsupported, type FieldPlan, type Shaping } from './shape.js';

/** Which path answered an operation: the fast lane, the plugin in Apollo's pipeline, or execution. */
export type AnsweredBy = 'lane' | 'direct' | 'executed';

export interface RootPlan extends FieldPlan {
  field: NonNullable<FieldPlan['field']>;
  /** The field's resolver, without type-graphql's wrapper where that is the same (roots.ts). */
  resolve: GraphQLFieldResolver<unknown, unknown>;
}

export interface Plan {
  fragments: Record<string, FragmentDefinitionNode>;
  roots: RootPlan[];
}

// Every directive starts with an `@` token: a text without one has none, and needs no visit.
function hasDirectives(node: DocumentNode): boolean {
  if (node.loc && !node.loc.source.body.includes('@')) return false;
  let found = false;
  visit(node, {
    Directive() {
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** The names of the variables `nodes` name, added to `names`. */
function variablesIn(nodes: readonly ASTNode[], names: Set<string>): Set<string> {
  for (const node of nodes) {
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  }
  return names;
}

/**
 * The operation's plan, or null when only ordinary execution answers it: anything but a query, a
 * document with directives (@include/@skip could change the selection with the variables), or
 * __schema, __type or __typename at the root. A plan to be kept (`keep`) has its roots' selections
 * read once per set of values (resolve-tree.ts); one made for a single request does not.
 */
export function planOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  keep = true,
): Plan | null {
  const query = schema.getQueryType();
  if (operation.operation !== 'query' || !query || hasDirectives(document)) return null;
  const fragments: Plan['fragments'] = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  // With no directive in the document, only an argument below a root field can make its selection
  // depend on the variables: the selection below a root is the same for the same values of those
  // its own selection names, and of those any fragment names (resolve-tree.ts).
  const inFragments = variablesIn(Object.values(fragments), new Set());
  const roots: RootPlan[] = [];
  for (const [responseName, nodes] of collectFields(schema, fragments, {}, query, operation.selectionSet)) {
    const field = query.getFields()[nodes[0]!.name.value];
    if (!field) return null;
    const below = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    if (keep) keepSelection(nodes, variablesIn(below, new Set(inFragments)));
    const resolve = rootResolver(field);
    roots.push({ responseName, field, nodes, resolve, read: () => undefined, selections: new Map() });
  }
  return { fragments, roots };
}

export interface Read {
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
export const replaying = (db: Database, reads: Read[]): Database =>
  withRead(db, (cypher, params) => {
    const text = JSON.stringify(params ?? {});
    const i = reads.findIndex((r) => r.cypher === cypher && JSON.stringify(r.params ?? {}) === text);
    if (i < 0) return db.read(cypher, params);
    return reads.splice(i, 1)[0]!.answer as never;
  });

/** What an operation is answered with. */
export interface Answering {
  schema: GraphQLSchema;
  plan: Plan;
  operation: OperationDefinitionNode;
  /** As graphql-js coerced them (getVariableValues). */
  variables: Record<string, unknown>;
  context: Context;
}

/** The operation's `data`; throws Bail when ordinary execution must answer. Reads go to `reads`. */
export async function answerOperation(a: Answering, reads: Read[]): Promise<Record<string, unknown>> {
  const { schema, plan, operation, variables } = a;
  const ctx: Context = { ...a.context, db: recording(a.context.db, reads) };
  const query = schema.getQueryType()!;
  const settled = await Promise.allSettled(
    plan.roots.map(async (root) => {
      const field = root.field;
      const info: GraphQLResolveInfo = {
        fieldName: field.name,
        fieldNodes: root.nodes,
        returnType: field.type,
        parentType: query,
        path: { prev: undefined, key: root.responseName, typename: query.name },
        schema,
        fragments: plan.fragments,
        rootValue: undefined,
        operation,
        variableValues: variables,
      };
      const args = getArgumentValues(field, root.nodes[0]!, variables);
      return root.resolve(undefined, args, ctx, info);
    }),
  );
  const shaping: Shaping = { schema, fragments: plan.fragments, variables, ctx, argumentsChecked: new Set() };
  const data: Record<string, unknown> = {};
  plan.roots.forEach((root, i) => {
    const result = settled[i]!;
    if (result.status === 'rejected') throw new Bail();
    data[root.responseName] = complete(shaping, root.field.type, result.value, root);
  });
  return data;
}

/**
 * What a failed answer says of its plan, for the plugin and the lane alike: true when the plan can
 * never serve the operation (something in it only execution handles, or a fault of this code, which
 * is logged); false for an answer with an error, which ordinary execution reports.
 */
export function planFailed(error: unknown, log: Logger | undefined): boolean {
  if (!(error instanceof Bail)) log?.warn({ err: error }, 'direct execution failed');
  return !(error instanceof Bail) || error instanceof Unsupported;
}
