// Turns the selection set of a root field into one Cypher query, so that however deep a query nests
// and however long its lists, each root field costs one round trip to Neo4j. The result comes back
// already shaped like the GraphQL response, keyed by response name (alias), and the schema's field
// resolvers just read it (src/schema/bind-resolvers.ts).
//
// The Translator joins the two halves of a selection: the entity projection (entity/projection.ts),
// whose relationship fields are connections, and the connections (lists/connection.ts), whose items
// are entities. It is built once per server, with that server's page sizes.
import type Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { argumentsKey, CompiledStatements, selectionKey } from './compiled.js';
import type { FieldsByTypeName } from './cypher-parts.js';
import { EntityProjection } from './entity/projection.js';
import { connection, type ListSource } from './lists/connection.js';
import type { PageSizes } from './lists/page.js';
import { limitsGeneration } from './limits.js';
import type { Target } from './model.js';
import type { Statement } from './statement.js';

export type TranslateOptions = PageSizes;

export class Translator {
  private readonly entities = new EntityProjection((tree, source) => this.connection(tree, source));
  /** Lookups built once per type and selection, for this translator's page sizes (compiled.ts). */
  readonly compiled = new CompiledStatements();

  constructor(readonly options: TranslateOptions) {}

  /** The map an entity becomes, one entry per requested response name (see EntityProjection). */
  entity(n: Cypher.Node, staticType: Target | 'Node', fieldsByTypeName: FieldsByTypeName): Cypher.Map {
    return this.entities.entity(n, staticType, fieldsByTypeName);
  }

  /** Provenance of a node or relationship, each source's document with its own selection. */
  sources(holder: Cypher.Node | Cypher.Relationship, fieldsByTypeName: FieldsByTypeName): Cypher.Expr {
    return this.entities.sources(holder, fieldsByTypeName);
  }

  /**
   * The statement of a root field whose Cypher depends only on its arguments and selection (and the
   * read caps in force), built on the first call and then kept (compiled.ts): the same question
   * asked again builds nothing. `args` holds JSON values only (strings, numbers, enums, lists).
   */
  reused<A extends object>(
    field: string,
    args: A,
    tree: ResolveTree,
    build: (t: Translator, args: A, tree: ResolveTree) => Statement,
  ): Statement {
    const key = `${field}\n${limitsGeneration()}\n${argumentsKey(args)}\n${selectionKey(tree.fieldsByTypeName)}`;
    return this.compiled.reuse(key, () => build(this, args, tree));
  }

  /** A relationship field of an entity, or a top-level list of a type, as one connection. */
  connection(tree: ResolveTree, source: ListSource): Cypher.Expr {
    return connection(this.entities, this.options, tree, source);
  }
}
