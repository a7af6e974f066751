// The map an entity becomes in a response: one entry per requested response name, read from the node's
// properties, its stored provenance lists, or (for a relationship field) a connection. The connection
// itself is built by ../lists/connection.ts, handed in as `connectionOf` so that the two halves of a
// nested selection call each other without their modules importing each other.
//
// Only identifiers from the model table (labels, relationship types, property names) reach the
// Cypher text; every value from a request is a parameter.
import Cypher from '@neo4j/cypher-builder';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { FieldsByTypeName } from '../cypher-parts.js';
import { isEntityType, relationFieldsOf, type EntityType, type RelationField, type Target } from '../model.js';
import { relationshipCountsOf } from './relationship-counts.js';
import { auditChanges, inferences, sources } from './stored-lists.js';

/** Builds the connection of a relationship field of `from`. */
export type ConnectionOf = (tree: ResolveTree, source: { from: Cypher.Node; field: RelationField }) => Cypher.Expr;

/** GraphQL fields whose value is not the property of the same name. */
const PROPERTY_OVERRIDES: Partial<Record<EntityType, Record<string, (n: Cypher.Node) => Cypher.Expr>>> = {
  Document: { title: (n) => n.property('name'), text: (n) => n.property('fullText') },
  CalendarDate: {
    start: (n) => Cypher.toString(n.property('start')),
    end: (n) => Cypher.toString(n.property('end')),
  },
};

const INTERFACES = new Set(['Entity', 'Node']);

/** `[l IN labels(n) WHERE l <> 'Entity'][0]`: the entity's own type, where the field's type is an interface. */
function typeNameOf(n: Cypher.Node): Cypher.Expr {
  const l = new Cypher.Variable();
  return Cypher.head(
    new Cypher.ListComprehension(l).in(Cypher.labels(n)).where(Cypher.neq(l, new Cypher.Literal('Entity'))),
  );
}

export class EntityProjection {
  constructor(private readonly connectionOf: ConnectionOf) {}

  /**
   * One entry per requested response name, plus what the resolvers above the map read besides:
   * `__typename` for the concrete type the entity is answered as, and `__key` where an `id` is asked
   * for, to make it from. Each only where needed: a field of a concrete type knows its type without
   * asking Neo4j (a timeline's 50 dates were sent as `{__typename, __key, key}` for `{ key }`), and
   * a field of an interface type needs it only for what the concrete type decides: `__typename`
   * itself, an `id`, or a fragment on a narrower type (src/schema/bind-resolvers.ts answers the rest
   * as any type of the interface). Fields asked for through a fragment on a narrower type only apply
   * to nodes of that type.
   */
  entity(n: Cypher.Node, staticType: Target | 'Node', fieldsByTypeName: FieldsByTypeName): Cypher.Map {
    const byAlias = new Map<string, { type: string | undefined; expr: Cypher.Expr }[]>();
    let wantsId = false;
    let wantsType = false;
    for (const [typeName, fields] of Object.entries(fieldsByTypeName)) {
      const applies = INTERFACES.has(typeName) || typeName === staticType ? undefined : typeName;
      if (applies) wantsType = true;
      for (const [alias, tree] of Object.entries(fields)) {
        if (tree.name === 'id') wantsId = true;
        if (tree.name === '__typename') wantsType = true;
        const expr = this.field(n, typeName, tree);
        if (!expr) continue;
        const list = byAlias.get(alias) ?? [];
        list.push({ type: applies, expr });
        byAlias.set(alias, list);
      }
    }
    const map = new Cypher.Map();
    if (INTERFACES.has(staticType) && (wantsType || wantsId)) map.set('__typename', typeNameOf(n));
    if (wantsId) map.set('__key', n.property('key'));
    for (const [alias, options] of byAlias) {
      const unconditional = options.find((o) => o.type === undefined);
      if (unconditional) {
        map.set(alias, unconditional.expr);
        continue;
      }
      const cases = new Cypher.Case();
      for (const option of options) cases.when(n.hasLabel(option.type!)).then(option.expr);
      map.set(alias, cases);
    }
    return map;
  }

  /** Provenance of a node or relationship, each source's document projected with its own selection. */
  sources(holder: Cypher.Node | Cypher.Relationship, fieldsByTypeName: FieldsByTypeName): Cypher.Expr {
    return sources(holder, fieldsByTypeName, (d, fields) => this.entity(d, 'Document', fields));
  }

  private field(n: Cypher.Node, typeName: string, tree: ResolveTree): Cypher.Expr | undefined {
    if (tree.name === '__typename' || tree.name === 'id') return undefined; // from the type and __key
    if (tree.name === 'sources') return this.sources(n, tree.fieldsByTypeName);
    if (tree.name === 'basis') return Cypher.coalesce(n.property('basis'), new Cypher.Literal('STATED'));
    if (tree.name === 'inferences') return inferences(n, tree.fieldsByTypeName);
    if (tree.name === 'relationshipCounts') return relationshipCountsOf(n, typeName, tree.fieldsByTypeName);
    if (tree.name === 'changes' && typeName === 'AuditRecord') return auditChanges(n, tree.fieldsByTypeName);
    if (isEntityType(typeName)) {
      const relation = relationFieldsOf(typeName).find((f) => f.name === tree.name);
      if (relation) return this.connectionOf(tree, { from: n, field: relation });
      const override = PROPERTY_OVERRIDES[typeName]?.[tree.name];
      if (override) return override(n);
    }
    return n.property(tree.name);
  }
}
