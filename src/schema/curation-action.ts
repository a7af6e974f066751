// The curation mutations, as the audit trail names them: written by curation (src/curation/audit.ts)
// and read back as `AuditRecord.action`. Here, with the schema's other enums, so that curation imports the
// schema and never the other way round.
import { registerEnumType } from 'type-graphql';

export enum CurationAction {
  RECORD_PROGRESS = 'RECORD_PROGRESS',
  ADD_DOCUMENT = 'ADD_DOCUMENT',
  LINK_ENTITIES = 'LINK_ENTITIES',
  CORRECT_PROPERTY = 'CORRECT_PROPERTY',
}
registerEnumType(CurationAction, { name: 'CurationAction', description: 'The curation mutation that made a change.' });
