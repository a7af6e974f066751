// addDocument: a new document with its publisher, publication date and the strands it concerns.
// Adding the same document again (same key, same values) changes nothing; a different document under
// a key in use is refused, since a key is a stable name that others may already link to.
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { QUERIES } from '../db/queries.js';
import { badField } from '../errors.js';
import { matchProps } from '../graph/explore/match-name.js';
import type { Context } from '../schema/context.js';
import { CurationAction } from '../schema/curation-action.js';
import { asJson, existing, lockEntities, writeAudit, type Change } from './audit.js';
import type { AddDocumentInput } from './curation.inputs.js';
import { readBack } from './read-back.js';
import { calendarDate, newKey, optionalText, reference, text, webAddress } from './validate.js';

const MAX_CONCERNS = 4;

export async function addDocument(ctx: Context, tree: ResolveTree, input: AddDocumentInput) {
  const key = newKey('input.key', input.key);
  const title = text('input.title', input.title, 'line');
  const publisher = reference('input.publisher', input.publisher, ['Organisation']);
  const date = calendarDate('input.published', input.published);
  if (input.concerns.length > MAX_CONCERNS)
    throw badField('input.concerns', `lists ${input.concerns.length} strands; there are ${MAX_CONCERNS}`);
  const concerns = [
    ...new Map(
      input.concerns.map((id, i) => reference(`input.concerns[${i}]`, id, ['Strand'])).map((r) => [r.key, r]),
    ).values(),
  ];
  const excerpt = text('input.excerpt', input.excerpt, 'passage', { multiline: true });
  const props = {
    name: title,
    kind: input.kind,
    reference: optionalText('input.reference', input.reference, 'line'),
    url: webAddress('input.url', input.url),
    description: optionalText('input.description', input.description, 'passage'),
  };

  return ctx.db.transact(async (tx) => {
    const held = await lockEntities(tx, [key, publisher.key, date.key, ...concerns.map((c) => c.key)]);
    existing(held, publisher, 'input.publisher');
    concerns.forEach((c, i) => existing(held, c, `input.concerns[${i}]`));
    const heldDate = held.get(date.key);
    if (heldDate && heldDate.type !== 'CalendarDate')
      throw badField('input.published', `names a key the graph uses for a ${heldDate.type}`);

    const already = held.get(key);
    if (already) {
      if (already.type !== 'Document') throw badField('input.key', `is already the key of a ${already.type}`);
      const links = (await tx.run(QUERIES['describe-document'], { key })).records[0]!;
      const same =
        Object.entries(props).every(([k, v]) => asJson(already.properties[k]) === asJson(v)) &&
        asJson(already.properties.sourceExcerpts) === asJson([excerpt]) &&
        asJson(links.get('publishers')) === asJson([publisher.key]) &&
        asJson(links.get('dates')) === asJson([date.key]) &&
        asJson([...links.get('concerns')].sort()) === asJson(concerns.map((c) => c.key).sort());
      if (!same)
        throw badField(
          'input.key',
          'is already the key of another document; correct it with correctProperty or linkEntities',
        );
      return readBack(tx, ctx.translator, tree, {
        changed: false,
        auditKey: null,
        entities: { document: { type: 'Document', key } },
      });
    }

    const provenance = { sourceDocuments: [key], sourceExcerpts: [excerpt] };
    await tx.run(QUERIES['add-document'], {
      key,
      props: Object.fromEntries(Object.entries({ ...props, ...matchProps(props) }).filter(([, v]) => v !== null)),
      publisher: publisher.key,
      date: { key: date.key, props: date.props, start: date.start, end: date.end },
      concerns: concerns.map((c) => c.key),
      ...provenance,
    });
    const changes: Change[] = [
      ...Object.entries({ ...props, sources: provenance })
        .filter(([, after]) => after !== null)
        .map(([field, after]) => ({ field, before: null, after })),
      { field: `<-[:PUBLISHED]-${publisher.key}`, before: null, after: provenance },
      { field: `-[:PUBLISHED_ON]->${date.key}`, before: null, after: provenance },
      ...concerns.map((c) => ({ field: `-[:CONCERNS]->${c.key}`, before: null, after: provenance })),
    ];
    const subjects = [key, publisher.key, ...concerns.map((c) => c.key)];
    const auditKey = await writeAudit(tx, {
      action: CurationAction.ADD_DOCUMENT,
      actor: ctx.viewer!,
      subjects,
      changes,
    });
    return readBack(tx, ctx.translator, tree, {
      changed: true,
      auditKey,
      entities: { document: { type: 'Document', key } },
    });
  });
}
