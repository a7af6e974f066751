// linkEntities: a relationship of the model between two existing entities, with its source. The same
// link with the same source again changes nothing; the same link with another source adds that source
// to the relationship's provenance. With a rationale the link is INFERRED by the curator (SUPPORTED_BY
// evidence links); with remove: true the source is taken off, and the link goes with its last source.
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { QUERIES } from '../db/queries.js';
import { badField } from '../errors.js';
import { ENTITY_TYPES, MANAGED_RELATIONS, RELATIONS } from '../graph/model.js';
import type { Context } from '../schema/context.js';
import { CurationAction } from '../schema/curation-action.js';
import { existing, lockEntities, writeAudit } from './audit.js';
import type { LinkEntitiesInput } from './curation.inputs.js';
import { readBack } from './read-back.js';
import { MAX_SOURCES } from '../schema/complexity.js';
import { reference, text } from './validate.js';
import { locateOnce } from '../data/selectors.js';

interface LinkState {
  sourceDocuments: string[];
  sourceExcerpts: string[];
  sourceStarts: number[];
  sourceEnds: number[];
  sourcePrefixes: string[];
  sourceSuffixes: string[];
  sourceLoaded: boolean[];
  basis: string;
  basisRationale: string | null;
  inferredBy: string | null;
}
const LISTS = [
  'sourceDocuments',
  'sourceExcerpts',
  'sourceStarts',
  'sourceEnds',
  'sourcePrefixes',
  'sourceSuffixes',
  'sourceLoaded',
] as const;

const emptyState = (): LinkState => ({
  sourceDocuments: [],
  sourceExcerpts: [],
  sourceStarts: [],
  sourceEnds: [],
  sourcePrefixes: [],
  sourceSuffixes: [],
  sourceLoaded: [],
  basis: 'STATED',
  basisRationale: null,
  inferredBy: null,
});

/** The stored link, its lists padded to one entry per source (entries from before selectors existed have none). */
function stateOf(record: { get(key: string): unknown }): LinkState {
  const documents = (record.get('sourceDocuments') ?? []) as string[];
  const list = <T>(key: string, fill: T): T[] => documents.map((_, i) => (record.get(key) as T[] | null)?.[i] ?? fill);
  return {
    sourceDocuments: documents,
    sourceExcerpts: list('sourceExcerpts', ''),
    sourceStarts: list('sourceStarts', -1).map(Number),
    sourceEnds: list('sourceEnds', -1).map(Number),
    sourcePrefixes: list('sourcePrefixes', ''),
    sourceSuffixes: list('sourceSuffixes', ''),
    sourceLoaded: list('sourceLoaded', false),
    basis: (record.get('basis') as string | null) ?? 'STATED',
    basisRationale: (record.get('basisRationale') as string | null) ?? null,
    inferredBy: (record.get('inferredBy') as string | null) ?? null,
  };
}

/** What the audit record keeps of a link: its sources, and its basis when it is a reading. */
function audited(state: LinkState | null) {
  if (!state) return null;
  const { sourceDocuments, sourceExcerpts, basis, basisRationale, inferredBy } = state;
  return basis === 'INFERRED'
    ? { sourceDocuments, sourceExcerpts, basis, basisRationale, inferredBy }
    : { sourceDocuments, sourceExcerpts };
}

/**
 * Who a curator's reading is credited to on the link itself, which every reader sees: the display
 * name from the token, never its subject (the audit record keeps the subject for curators).
 */
function curatorLabel(viewer: { name?: string | null }): string {
  return viewer.name ? `curator ${viewer.name}` : 'curator';
}

function mapLists(state: LinkState, f: <T>(list: T[]) => T[]): LinkState {
  const next = { ...state };
  for (const key of LISTS) (next as Record<string, unknown>)[key] = f(state[key] as unknown[]);
  return next;
}

export async function linkEntities(ctx: Context, tree: ResolveTree, input: LinkEntitiesInput) {
  // The enum admits only linkable types; the check stands in case a caller bypasses GraphQL.
  const spec = RELATIONS.find((r) => r.type === input.type && !MANAGED_RELATIONS.has(r.type));
  if (!spec) throw badField('input.type', 'is not a relationship type curators may add');
  const from = reference('input.from', input.from, ENTITY_TYPES);
  const to = reference('input.to', input.to, ENTITY_TYPES);
  if (!spec.from.includes(from.type))
    throw badField('input.from', `must be a ${spec.from.join(' or ')} for ${spec.type}, not a ${from.type}`);
  if (!spec.to.includes(to.type))
    throw badField('input.to', `must be a ${spec.to.join(' or ')} for ${spec.type}, not a ${to.type}`);
  if (from.key === to.key) throw badField('input.to', 'must be another entity than input.from');
  const document = reference('input.source.document', input.source.document, ['Document']);
  const excerpt = text('input.source.excerpt', input.source.excerpt, 'passage', { multiline: true });

  const rationale = input.rationale == null ? null : text('input.rationale', input.rationale, 'reason');
  const remove = input.remove === true;

  return ctx.db.transact(async (tx) => {
    const held = await lockEntities(tx, [from.key, to.key, document.key]);
    existing(held, from, 'input.from');
    existing(held, to, 'input.to');
    existing(held, document, 'input.source.document');
    const ends = { from: from.key, to: to.key, type: spec.type };
    const found = (await tx.run(QUERIES['read-relationship'], { ...ends, document: document.key })).records[0]!;
    const before: LinkState | null = found.get('exists') ? stateOf(found) : null;
    const index =
      before?.sourceDocuments.findIndex((d, i) => d === document.key && before.sourceExcerpts[i] === excerpt) ?? -1;
    if (remove && index < 0) throw badField('input.source', 'is not a source of this link');

    // The cost limit counts every provenance list at this cap (src/schema/complexity.ts).
    if (!remove && index < 0 && (before?.sourceDocuments.length ?? 0) >= MAX_SOURCES) {
      throw badField(
        'input.source',
        `the ${spec.type} relationship already cites ${MAX_SOURCES} sources, the most it may have`,
        {
          limit: 'maxSources',
          max: MAX_SOURCES,
        },
      );
    }
    let after: LinkState | null = null;
    if (remove) {
      const keep = (_: unknown, i: number) => i !== index;
      after = mapLists(before!, (list) => list.filter(keep));
      if (after.sourceDocuments.length === 0) after = null;
    } else if (
      index < 0 ||
      (rationale !== null && (before!.basisRationale !== rationale || before!.basis !== 'INFERRED'))
    ) {
      // A curator's excerpt is located in the document's text when it occurs there once.
      const at = index >= 0 ? null : locateOnce(found.get('text') as string | null, excerpt);
      const base = before ?? emptyState();
      after =
        index >= 0
          ? { ...base }
          : {
              ...base,
              sourceDocuments: [...base.sourceDocuments, document.key],
              sourceExcerpts: [...base.sourceExcerpts, excerpt],
              sourceStarts: [...base.sourceStarts, at?.start ?? -1],
              sourceEnds: [...base.sourceEnds, at?.end ?? -1],
              sourcePrefixes: [...base.sourcePrefixes, at?.prefix ?? ''],
              sourceSuffixes: [...base.sourceSuffixes, at?.suffix ?? ''],
              sourceLoaded: [...base.sourceLoaded, false],
            };
      if (rationale !== null)
        Object.assign(after, { basis: 'INFERRED', basisRationale: rationale, inferredBy: curatorLabel(ctx.viewer!) });
    }
    const changed = remove || after !== null;
    let auditKey: string | null = null;
    if (changed) {
      if (after) await tx.run(QUERIES['link-entities'], { ...ends, ...after });
      else await tx.run(QUERIES['unlink-entities'], ends);
      auditKey = await writeAudit(tx, {
        action: CurationAction.LINK_ENTITIES,
        actor: ctx.viewer!,
        subjects: [from.key, to.key],
        changes: [{ field: `-[:${spec.type}]->${to.key}`, before: audited(before), after: audited(after) }],
      });
    }
    return readBack(tx, ctx.translator, tree, {
      changed,
      auditKey,
      entities: { from: { type: 'Entity', key: from.key }, to: { type: 'Entity', key: to.key } },
    });
  });
}
