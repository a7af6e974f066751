// linkEntities: a relationship of the model between two existing entities, with its source. The same
// link with the same source again changes nothing; the same link with another source adds that source
// to the relationship's provenance.
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { QUERIES } from '../db/queries.js';
import { badField } from '../errors.js';
import { ENTITY_TYPES, MANAGED_RELATIONS, RELATIONS } from '../graph/model.js';
import type { Context } from '../schema/context.js';
import { CurationAction } from '../schema/entity.types.js';
import { existing, lockEntities, writeAudit } from './audit.js';
import type { LinkEntitiesInput } from './curation.inputs.js';
import { readBack } from './read-back.js';
import { MAX_SOURCES } from '../schema/complexity.js';
import { MAX_TEXT, reference, text } from './validate.js';

export async function linkEntities(ctx: Context, tree: ResolveTree, input: LinkEntitiesInput) {
  // The enum admits only linkable types; the check stands in case a caller bypasses GraphQL.
  const spec = RELATIONS.find((r) => r.type === input.type && !MANAGED_RELATIONS.has(r.type));
  if (!spec) throw badField('input.type', 'is not a relationship type curators may add');
  const from = reference('input.from', input.from, ENTITY_TYPES);
  const to = reference('input.to', input.to, ENTITY_TYPES);
  if (!spec.from.includes(from.type)) throw badField('input.from', `must be a ${spec.from.join(' or ')} for ${spec.type}, not a ${from.type}`);
  if (!spec.to.includes(to.type)) throw badField('input.to', `must be a ${spec.to.join(' or ')} for ${spec.type}, not a ${to.type}`);
  if (from.key === to.key) throw badField('input.to', 'must be another entity than input.from');
  const document = reference('input.source.document', input.source.document, ['Document']);
  const excerpt = text('input.source.excerpt', input.source.excerpt, MAX_TEXT.passage, { multiline: true });

  return ctx.db.transact(async (tx) => {
    const held = await lockEntities(tx, [from.key, to.key, document.key]);
    existing(held, from, 'input.from');
    existing(held, to, 'input.to');
    existing(held, document, 'input.source.document');
    const ends = { from: from.key, to: to.key, type: spec.type };
    const found = (await tx.run(QUERIES['read-relationship'], ends)).records[0];
    const before = found
      ? { sourceDocuments: (found.get('sourceDocuments') ?? []) as string[], sourceExcerpts: (found.get('sourceExcerpts') ?? []) as string[] }
      : null;
    const known = before?.sourceDocuments.some((d, i) => d === document.key && before.sourceExcerpts[i] === excerpt) ?? false;

    let auditKey: string | null = null;
    // The cost limit counts every provenance list at this cap (src/schema/complexity.ts).
    if (!known && (before?.sourceDocuments.length ?? 0) >= MAX_SOURCES) {
      throw badField('input.source', `the ${spec.type} relationship already cites ${MAX_SOURCES} sources, the most it may have`);
    }
    if (!known) {
      const after = {
        sourceDocuments: [...(before?.sourceDocuments ?? []), document.key],
        sourceExcerpts: [...(before?.sourceExcerpts ?? []), excerpt],
      };
      await tx.run(QUERIES['link-entities'], { ...ends, ...after });
      auditKey = await writeAudit(tx, {
        action: CurationAction.LINK_ENTITIES,
        actor: ctx.viewer!,
        subjects: [from.key, to.key],
        changes: [{ field: `-[:${spec.type}]->${to.key}`, before, after }],
      });
    }
    return readBack(tx, ctx.translator, tree, {
      changed: !known,
      auditKey,
      entities: { from: { type: 'Entity', key: from.key }, to: { type: 'Entity', key: to.key } },
    });
  });
}
