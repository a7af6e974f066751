// correctProperty: sets one value of an entity. Which properties exist, and what values they take,
// is read from the entity's GraphQL type, so a correction can never write a property the schema does
// not show or a value its type cannot hold. Keys, IDs, provenance and derived values are not
// correctable; audit records and calendar dates are not correctable at all.
import { getNamedType, isEnumType, isLeafType, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { QUERIES } from '../db/queries.js';
import { badField } from '../errors.js';
import { matchProps } from '../graph/explore/match-name.js';
import { ENTITY_TYPES, type EntityType } from '../graph/model.js';
import type { Context } from '../schema/context.js';
import { CurationAction } from '../schema/curation-action.js';
import { asJson, existing, lockEntities, writeAudit } from './audit.js';
import type { CorrectPropertyInput } from './curation.inputs.js';
import { readBack } from './read-back.js';
import { reference, text, webAddress } from './validate.js';

// `date` of a progress update is part of its key and of its link to the date: record progress instead.
const FIXED = new Set(['id', 'key', 'sources', 'title', 'date']);
/** Text properties that hold passages; every other text property is one line, as at creation. */
const PASSAGES = new Set(['description', 'text', 'evidence']);
/** Web addresses, checked as addDocument checks `url`. */
const ADDRESSES = new Set(['url', 'infoUrl']);
/** Numbers that identify an entity among those of its type (a recommendation's position). */
const IDENTIFYING = new Set(['number']);

const NOT_CORRECTABLE: Partial<Record<EntityType, string>> = {
  AuditRecord: 'is an audit record, which is never changed',
  CalendarDate: 'is a calendar date, whose values follow from its key; link another date instead',
};

function coerce(
  schema: GraphQLSchema,
  type: EntityType,
  property: string,
  value: string | null,
): string | number | null {
  const objectType = schema.getType(type);
  const field = isObjectType(objectType) ? objectType.getFields()[property] : undefined;
  if (!field || FIXED.has(property) || !isLeafType(getNamedType(field.type))) {
    throw badField(
      'input.property',
      `is not a correctable property of ${type}${property === 'title' ? ' (correct `name`)' : ''}`,
    );
  }
  const valueType = getNamedType(field.type);
  if (value === null) {
    if (isNonNullType(field.type))
      throw badField('input.value', `must not be null: ${type}.${property} always has a value`);
    return null;
  }
  if (isEnumType(valueType)) {
    const names = valueType.getValues().map((v) => v.name);
    if (!names.includes(value)) throw badField('input.value', `must be one of ${names.join(', ')}`);
    return value;
  }
  if (valueType.name === 'Int') {
    if (!/^\d{1,9}$/.test(value) || Number(value) < 1)
      throw badField('input.value', `must be a positive whole number for ${type}.${property}`);
    return Number(value);
  }
  if (ADDRESSES.has(property)) return webAddress('input.value', value);
  if (PASSAGES.has(property)) return text('input.value', value, 'passage', { multiline: true });
  return text('input.value', value, 'line');
}

export async function correctProperty(
  ctx: Context,
  tree: ResolveTree,
  schema: GraphQLSchema,
  input: CorrectPropertyInput,
) {
  const ref = reference('input.entity', input.entity, ENTITY_TYPES);
  const refusal = NOT_CORRECTABLE[ref.type];
  if (refusal) throw badField('input.entity', refusal);
  const value = coerce(schema, ref.type, input.property, input.value);
  const reason = text('input.reason', input.reason, 'reason', { multiline: true });

  return ctx.db.transact(async (tx) => {
    const held = existing(await lockEntities(tx, [ref.key]), ref, 'input.entity');
    const before = held.properties[input.property] ?? null;
    const changed = asJson(before) !== asJson(value);
    let auditKey: string | null = null;
    if (changed && IDENTIFYING.has(input.property)) {
      const clash = await tx.run(QUERIES['find-by-number'], { type: ref.type, key: ref.key, number: value });
      const other = clash.records[0]?.get('key') as string | undefined;
      if (other)
        throw badField('input.value', `is already the ${input.property} of ${other}; each ${ref.type} has its own`);
    }
    if (changed) {
      // A new name or abbreviation brings its match form (see match-name.ts) along.
      const matchForms =
        input.property === 'name' || input.property === 'abbreviation'
          ? matchProps({ ...held.properties, [input.property]: value })
          : {};
      await tx.run(QUERIES['correct-property'], {
        key: ref.key,
        changes: { [input.property]: value, ...matchForms },
      });
      const changes = [{ field: input.property, before, after: value }];
      auditKey = await writeAudit(tx, {
        action: CurationAction.CORRECT_PROPERTY,
        actor: ctx.viewer!,
        subjects: [ref.key],
        changes,
        reason,
      });
    }
    return readBack(tx, ctx.translator, tree, {
      changed,
      auditKey,
      entities: { entity: { type: 'Entity', key: ref.key } },
    });
  });
}
