// Values stored as parallel list properties, one list per field, read back as a list of maps:
// provenance (document keys, excerpts, selectors), inferred properties with their rationales, and an
// audit record's changes. `[i IN range(0, size(list) - 1) | { field: list[i], … }]`.
import Cypher from '@neo4j/cypher-builder';
import { at, eachIndex, type FieldsByTypeName } from '../cypher-parts.js';

/** Source selector fields and the parallel lists that hold them; null where the excerpt has no location. */
const SELECTOR_LISTS: Record<string, string | undefined> = {
  prefix: 'sourcePrefixes',
  suffix: 'sourceSuffixes',
  start: 'sourceStarts',
  end: 'sourceEnds',
};

/** Projects a document found by key with the selection under `document`. */
export type DocumentOf = (d: Cypher.Node, fieldsByTypeName: FieldsByTypeName) => Cypher.Expr;

/**
 * Provenance lists are stored as parallel properties (document keys, excerpts, selectors). Each becomes
 * `{ excerpt, document, … }`, the document projected with its own selection.
 */
export function sources(
  holder: Cypher.Node | Cypher.Relationship,
  fieldsByTypeName: FieldsByTypeName,
  documentOf: DocumentOf,
): Cypher.Expr {
  const i = new Cypher.Variable();
  const map = new Cypher.Map();
  for (const [alias, tree] of Object.entries(fieldsByTypeName.Source ?? {})) {
    const located = (list: string) =>
      new Cypher.Case()
        .when(
          Cypher.gte(
            Cypher.coalesce(at(holder.property('sourceStarts'), i), new Cypher.Literal(-1)),
            new Cypher.Literal(0),
          ),
        )
        .then(at(holder.property(list), i));
    if (tree.name === 'excerpt' || tree.name === 'exact') {
      map.set(alias, at(holder.property('sourceExcerpts'), i));
    } else if (SELECTOR_LISTS[tree.name]) {
      map.set(alias, located(SELECTOR_LISTS[tree.name]!));
    } else if (tree.name === 'document') {
      const d = new Cypher.Node();
      const match = new Cypher.Match(
        // :Entity too, so that the unique key index finds the document instead of a label scan.
        new Cypher.Pattern(d, { labels: ['Entity', 'Document'] }),
      ).where(Cypher.eq(d.property('key'), at(holder.property('sourceDocuments'), i)));
      map.set(alias, Cypher.head(new Cypher.Collect(match.return(documentOf(d, tree.fieldsByTypeName)))));
    }
  }
  return eachIndex(i, holder.property('sourceExcerpts'), map);
}

/** The properties recorded as inferred, with their rationales. */
export function inferences(n: Cypher.Node, fieldsByTypeName: FieldsByTypeName): Cypher.Expr {
  const i = new Cypher.Variable();
  const map = new Cypher.Map();
  for (const [alias, tree] of Object.entries(fieldsByTypeName.PropertyInference ?? {})) {
    if (tree.name === 'property') map.set(alias, at(n.property('inferredProperties'), i));
    if (tree.name === 'rationale') map.set(alias, at(n.property('inferredRationales'), i));
    if (tree.name === 'inferredBy')
      map.set(alias, Cypher.coalesce(at(n.property('inferredPropertiesBy'), i), new Cypher.Literal('loader')));
  }
  return eachIndex(i, n.property('inferredProperties'), map);
}

/** An audit record's changes (field, before, after). */
export function auditChanges(n: Cypher.Node, fieldsByTypeName: FieldsByTypeName): Cypher.Expr {
  const i = new Cypher.Variable();
  const lists: Record<string, string> = { field: 'changeFields', before: 'changesBefore', after: 'changesAfter' };
  const map = new Cypher.Map();
  for (const [alias, tree] of Object.entries(fieldsByTypeName.AuditChange ?? {})) {
    const list = lists[tree.name];
    if (list) map.set(alias, at(n.property(list), i));
  }
  return eachIndex(i, n.property('changeFields'), map);
}
