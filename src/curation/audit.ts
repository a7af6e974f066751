// What every curation does inside its transaction: lock and read the entities it touches, check that
// those it refers to exist with the right type, and write the audit record of what it changed.
import { randomBytes } from 'node:crypto';
import { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';
import { QUERIES } from '../db/queries.js';
import type { Statements } from '../db/neo4j.js';
import { badField } from '../errors.js';
import type { EntityRef } from '../graph/ids.js';
import { RELATIONS, type EntityType } from '../graph/model.js';
import type { Viewer } from '../schema/context.js';
import type { CurationAction } from '../schema/curation-action.js';

const AUDITS = RELATIONS.find((r) => r.type === 'AUDITS')!;

export interface Held {
  key: string;
  type: EntityType;
  properties: Record<string, unknown>;
}

export async function lockEntities(tx: Statements, keys: string[]): Promise<Map<string, Held>> {
  const result = await tx.run<{ key: string; type: EntityType; properties: Record<string, unknown> }>(
    QUERIES['lock-entities'],
    {
      keys: [...new Set(keys)],
    },
  );
  return new Map(
    result.records.map((r) => [
      r.get('key'),
      { key: r.get('key'), type: r.get('type'), properties: r.get('properties') },
    ]),
  );
}

/** The entity `ref` names, which must exist: otherwise the input field that named it is at fault. */
export function existing(held: Map<string, Held>, ref: EntityRef, field: string): Held {
  const entity = held.get(ref.key);
  if (!entity || entity.type !== ref.type) throw badField(field, `names no ${ref.type} in the graph`);
  return entity;
}

/** A value as the audit keeps it: JSON text, Neo4j temporal values as their ISO strings. */
export function asJson(value: unknown): string {
  const temporal = [isDate, isDateTime, isLocalDateTime, isTime, isLocalTime, isDuration];
  return JSON.stringify(value ?? null, (_k, v: unknown) => (temporal.some((is) => is(v)) ? String(v) : v));
}

export interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

/** The changes between two sets of values, field by field, compared as their JSON. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown>): Change[] {
  return Object.entries(after)
    .filter(([field, value]) => asJson(before?.[field]) !== asJson(value))
    .map(([field, value]) => ({ field, before: before?.[field] ?? null, after: value }));
}

export interface AuditEntry {
  action: CurationAction;
  actor: Viewer;
  /** The entities the curation changed; the record is linked to each. */
  subjects: string[];
  changes: Change[];
  reason?: string;
}

export async function writeAudit(tx: Statements, entry: AuditEntry): Promise<string> {
  const at = new Date().toISOString();
  // Keys sort by time, so an audit trail (ordered by key, like every list) reads oldest first.
  const key = `audit-${at.replace(/[-:.]/g, '').toLowerCase()}-${randomBytes(4).toString('hex')}`;
  await tx.run(QUERIES['create-audit-record'], {
    key,
    subjects: entry.subjects,
    auditable: AUDITS.to,
    props: {
      // The display name, not the subject: the name is public wherever the record is.
      name: `${entry.action} by ${entry.actor.name ?? 'a curator'} at ${at}`,
      action: entry.action,
      actor: entry.actor.subject,
      actorName: entry.actor.name ?? null,
      at,
      reason: entry.reason ?? null,
      changeFields: entry.changes.map((c) => c.field),
      changesBefore: entry.changes.map((c) => asJson(c.before)),
      changesAfter: entry.changes.map((c) => asJson(c.after)),
    },
  });
  return key;
}
