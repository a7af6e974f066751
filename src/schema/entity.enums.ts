// The enums of the entity types' fields, apart so that inputs and payloads can use them without the
// classes. The model table (src/graph/model/entities.ts) names them; `ENUMS` gives each name its values.
import { registerEnumType } from 'type-graphql';
import type { EnumName } from '../graph/model.js';
import { CurationAction } from './curation-action.js';

export enum Basis {
  STATED = 'STATED',
  INFERRED = 'INFERRED',
}
registerEnumType(Basis, {
  name: 'Basis',
  description: 'Whether the source states a claim in so many words, or it is a reading of the source.',
});

export enum OrganisationKind {
  INSPECTORATE = 'INSPECTORATE',
  ASSOCIATION = 'ASSOCIATION',
  POLICING_BODY = 'POLICING_BODY',
  POLICE_FORCES = 'POLICE_FORCES',
  POLICE_SERVICE = 'POLICE_SERVICE',
  GOVERNMENT = 'GOVERNMENT',
  PARTNERS = 'PARTNERS',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

export enum DocumentKind {
  PRESS_RELEASE = 'PRESS_RELEASE',
  REPORT = 'REPORT',
  DELIVERY_PLAN = 'DELIVERY_PLAN',
}
registerEnumType(DocumentKind, { name: 'DocumentKind' });

export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(DatePrecision, { name: 'DatePrecision', description: 'How precisely the source states a date.' });

export enum ProgressStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  MET = 'MET',
  NOT_MET = 'NOT_MET',
}
registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description: 'How far a recommendation has been carried out.',
});

/** Every enum the model names, by name. */
export const ENUMS: Record<EnumName, Record<string, string>> = {
  OrganisationKind,
  DocumentKind,
  DatePrecision,
  ProgressStatus,
  CurationAction,
};
