// What each curation mutation returns: whether it changed the graph (repeating a curation changes
// nothing and writes no audit record), the audit record it wrote, and the entities it wrote, read
// back after the commit with the caller's selection (read-back.ts).
import { Field, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { ENTITY_CLASSES, Entity } from '../schema/entity.types.js';

const { AuditRecord, Document, ProgressUpdate } = ENTITY_CLASSES;

function payload(name: string, description: string, entities: Record<string, ClassType | typeof Entity>): ClassType {
  @ObjectType(name, { description })
  class Payload {
    @Field(() => Boolean, { description: 'False when the graph already held exactly this.' })
    changed!: boolean;

    @Field(() => AuditRecord, {
      nullable: true,
      description: 'The audit record of the change; null when nothing changed.',
    })
    auditRecord?: unknown;
  }
  for (const [field, type] of Object.entries(entities)) {
    Object.defineProperty(Payload.prototype, field, { value: undefined, writable: true, configurable: true });
    Field(() => type)(Payload.prototype, field);
  }
  return Payload;
}

export const RecordProgressPayload = payload('RecordProgressPayload', 'The progress update as recorded.', {
  progressUpdate: ProgressUpdate,
});
export const AddDocumentPayload = payload('AddDocumentPayload', 'The document as added.', { document: Document });
export const LinkEntitiesPayload = payload('LinkEntitiesPayload', 'The two entities, now linked.', {
  from: Entity,
  to: Entity,
});
export const CorrectPropertyPayload = payload('CorrectPropertyPayload', 'The entity as corrected.', { entity: Entity });
