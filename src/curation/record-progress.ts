// recordProgress: one ProgressUpdate per recommendation and date. Recording the same status, evidence
// and source again changes nothing; recording different ones for the same date updates the record,
// and the audit keeps the values before.
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { QUERIES } from '../db/queries.js';
import { badField } from '../errors.js';
import type { Context } from '../schema/context.js';
import { CurationAction } from '../schema/curation-action.js';
import { diff, existing, lockEntities, writeAudit } from './audit.js';
import type { RecordProgressInput } from './curation.inputs.js';
import { readBack } from './read-back.js';
import { calendarDate, reference, text } from './validate.js';

export async function recordProgress(ctx: Context, tree: ResolveTree, input: RecordProgressInput) {
  const recommendation = reference('input.recommendation', input.recommendation, ['Recommendation']);
  const date = calendarDate('input.date', input.date);
  const evidence = text('input.evidence', input.evidence, 'passage', { multiline: true });
  const source = reference('input.source', input.source, ['Document']);
  const key = `progress-${recommendation.key}-${date.key}`;

  return ctx.db.transact(async (tx) => {
    const held = await lockEntities(tx, [recommendation.key, source.key, key, date.key]);
    const rec = existing(held, recommendation, 'input.recommendation');
    existing(held, source, 'input.source');
    const heldDate = held.get(date.key);
    if (heldDate && heldDate.type !== 'CalendarDate')
      throw badField('input.date', `names a key the graph uses for a ${heldDate.type}`);
    // Keys of this form are refused for anything else (validate.ts), but a graph loaded elsewhere
    // may hold one: never write progress onto an entity of another type.
    const taken = held.get(key);
    if (taken && taken.type !== 'ProgressUpdate') {
      throw badField(
        'input.date',
        `gives the progress update the key "${key}", which the graph uses for a ${taken.type}`,
      );
    }
    const stored = taken?.properties;
    const previous = stored
      ? { ...stored, sources: { sourceDocuments: stored.sourceDocuments, sourceExcerpts: stored.sourceExcerpts } }
      : null;

    const after = {
      name: `Recommendation ${String(rec.properties.number ?? rec.key)}: ${input.status}, ${date.props.name}`,
      status: input.status,
      date: date.key,
      evidence,
      sources: { sourceDocuments: [source.key], sourceExcerpts: [evidence] },
    };
    const changes = diff(previous, after);
    let auditKey: string | null = null;
    if (changes.length > 0) {
      const { sources, ...props } = after;
      await tx.run(QUERIES['record-progress'], {
        recommendation: recommendation.key,
        key,
        props,
        date: { key: date.key, props: date.props, start: date.start, end: date.end },
        ...sources,
      });
      const subjects = [key, recommendation.key];
      auditKey = await writeAudit(tx, {
        action: CurationAction.RECORD_PROGRESS,
        actor: ctx.viewer!,
        subjects,
        changes,
      });
    }
    return readBack(tx, ctx.translator, tree, {
      changed: changes.length > 0,
      auditKey,
      entities: { progressUpdate: { type: 'ProgressUpdate', key } },
    });
  });
}
