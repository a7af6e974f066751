// A relationship as a graph view draws it (`GraphRelationship`): its type, the keys of its ends and
// its provenance. Its ID is made from type and ends, which identify it: the load MERGEs on them.
import Cypher from '@neo4j/cypher-builder';
import { project, type FieldsByTypeName } from '../../graph/cypher-parts.js';
import type { Translator } from '../../graph/translate.js';

// The builder offers `.property()` on variables only; `startNode(r).key` needs it on a function.
const keyOf = (node: Cypher.Expr) => new Cypher.Raw((ctx) => `${ctx.compile(node)}.key`);

export function graphRelationship(
  t: Translator,
  r: Cypher.Relationship,
  fieldsByTypeName: FieldsByTypeName,
): Cypher.Map {
  const fromKey = keyOf(Cypher.startNode(r));
  const toKey = keyOf(Cypher.endNode(r));
  const colon = new Cypher.Literal(':');
  const key = [colon, fromKey, colon, toKey].reduce<Cypher.Expr>(
    (text, part) => Cypher.concat(text, part),
    Cypher.type(r),
  );
  // `id` is made from the type's name and __key; nothing else reads the key, so a neighbourhood of
  // thousands of relationships builds and sends it only when asked.
  const wantsId = Object.values(fieldsByTypeName.GraphRelationship ?? {}).some((tree) => tree.name === 'id');
  return project(
    fieldsByTypeName,
    'GraphRelationship',
    (tree) => {
      if (tree.name === 'type') return Cypher.type(r);
      if (tree.name === 'fromKey') return fromKey;
      if (tree.name === 'toKey') return toKey;
      if (tree.name === 'sources') return t.sources(r, tree.fieldsByTypeName);
      return undefined; // id: from the type's name and __key
    },
    wantsId ? { __key: key } : {},
  );
}
