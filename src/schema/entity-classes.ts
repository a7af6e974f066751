// Every entity type's GraphQL class, keyed by the model's type name: the compiler demands a class for
// each type of src/graph/model.ts.
import type { ClassType } from 'type-graphql';
import type { EntityType } from '../graph/model.js';
import { AuditRecord, ProgressUpdate } from './curated.types.js';
import {
  CalendarDate,
  Concept,
  Document,
  Finding,
  Organisation,
  Person,
  Post,
  Recommendation,
  Statement,
  Strand,
  Strategy,
} from './entity.types.js';

export const ENTITY_CLASSES = {
  Organisation,
  Person,
  Post,
  Strategy,
  Strand,
  Document,
  Recommendation,
  Finding,
  Statement,
  Concept,
  CalendarDate,
  ProgressUpdate,
  AuditRecord,
} as const satisfies Record<EntityType, ClassType>;
