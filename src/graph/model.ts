// The shape of the graph: the entity types (model/entities.ts) and their relationships
// (model/relations.ts), and what is derived from them. Everything that reads the model imports it
// from here.
import { ENTITIES, ENTITY_TYPES, type EntityType } from './model/entities.js';
import { RELATIONS, type RelationSpec, type Target } from './model/relations.js';

export {
  ENTITIES,
  ENTITY_TYPES,
  type EntityType,
  type EnumName,
  type PropertySpec,
  type ScalarName,
} from './model/entities.js';
export { MANAGED_RELATIONS, RELATIONS, type RelationSpec, type Target } from './model/relations.js';

/** Types curators write; the rest come from source documents and are searched as text. */
export const CURATED_TYPES: ReadonlySet<EntityType> = new Set(ENTITY_TYPES.filter((t) => ENTITIES[t].curated));

/** The labels of the `entity_text` full-text index (filled in from this list, src/data/store-schema.ts). */
export const SEARCHED_TYPES: readonly EntityType[] = ENTITY_TYPES.filter((t) => !CURATED_TYPES.has(t));

/** The name of that full-text index: search queries it, the store's set-up creates and renews it. */
export const TEXT_INDEX = 'entity_text';

/** The properties of that index holding text: a search's words are matched in these only. */
export const TEXT_FIELDS = ['name', 'abbreviation', 'description', 'text', 'searchName', 'excerptText'] as const;

/**
 * The property of that index holding a searched entity's type (its label), so that a search of some
 * types asks the index for its best hits of those types rather than sifting its best hits of all.
 * Every write that creates a searched entity sets it; start-up gives it to a store written without.
 */
export const TYPE_FIELD = 'searchType';

/** The `searchType` an entity of this type carries: its type when searched, else none. */
export const searchTypeOf = (type: string): string | null =>
  (SEARCHED_TYPES as readonly string[]).includes(type) ? type : null;

/** The root fields of each type: a lookup by key and a list (`organisation(key:)`, `organisations`). */
export const ROOT_NAMES: Record<EntityType, readonly [single: string, plural: string]> = Object.fromEntries(
  ENTITY_TYPES.map((t) => [t, ENTITIES[t].root]),
) as Record<EntityType, readonly [string, string]>;

export interface RelationField {
  name: string;
  relation: RelationSpec;
  direction: 'OUT' | 'IN';
  target: Target;
}

function targetOf(types: readonly EntityType[]): Target {
  return types.length === 1 ? types[0]! : 'Entity';
}

/** The relationship fields of one entity type, in both directions. */
export function relationFieldsOf(type: EntityType): RelationField[] {
  const fields: RelationField[] = [];
  for (const relation of RELATIONS) {
    if (relation.from.includes(type)) {
      fields.push({ name: relation.outField, relation, direction: 'OUT', target: targetOf(relation.to) });
    }
    if (relation.to.includes(type)) {
      fields.push({ name: relation.inField, relation, direction: 'IN', target: targetOf(relation.from) });
    }
  }
  return fields;
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}
