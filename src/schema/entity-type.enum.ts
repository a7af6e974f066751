// The entity types as a GraphQL enum, for arguments that narrow a search, a timeline or a list.
import { registerEnumType } from 'type-graphql';
import { ENTITY_TYPES, type EntityType } from '../graph/model.js';

export const EntityTypeEnum = Object.fromEntries(ENTITY_TYPES.map((type) => [type, type])) as { [T in EntityType]: T };

registerEnumType(EntityTypeEnum, { name: 'EntityType', description: 'The type of an entity of the graph.' });
