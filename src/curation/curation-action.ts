// The curation mutations, as the audit trail names them: written by curation (src/curation/audit.ts)
// and read back as `AuditRecord.action` (src/schema/entity.types.ts). No imports from the project,
// so the schema's types can name it without the schema depending on curation's workings.
import { registerEnumType } from 'type-graphql';

export enum CurationAction {
  RECORD_PROGRESS = 'RECORD_PROGRESS',
  ADD_DOCUMENT = 'ADD_DOCUMENT',
  LINK_ENTITIES = 'LINK_ENTITIES',
  CORRECT_PROPERTY = 'CORRECT_PROPERTY',
}
registerEnumType(CurationAction, { name: 'CurationAction', description: 'The curation mutation that made a change.' });
