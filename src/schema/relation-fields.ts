// Adds every relationship of the model table (src/graph/model.ts) to the entity classes as a
// paginated field, on both of its ends. The decorators are the same ones a hand-written class
// would carry; applying them in a loop keeps the schema and the model from drifting apart.
import { Args, Field } from 'type-graphql';
import { ENTITY_TYPES, relationFieldsOf } from '../graph/model.js';
import { byFirst } from './complexity.js';
import { CONNECTIONS } from './connection.types.js';
import { ENTITY_CLASSES } from './entity.types.js';
import { LIST_ARGS } from './list-args.js';

let applied = false;

export function applyRelationFields(): void {
  if (applied) return;
  applied = true;
  for (const type of ENTITY_TYPES) {
    const prototype = ENTITY_CLASSES[type].prototype as object;
    for (const field of relationFieldsOf(type)) {
      const arrow = field.direction === 'OUT' ? `-[:${field.relation.type}]->` : `<-[:${field.relation.type}]-`;
      // A method, so that type-graphql attaches the arguments to the field. It never runs: the
      // whole selection is answered by the root field's single Cypher query (src/graph/translate.ts).
      const method = function relationField(): never {
        throw new Error(`${type}.${field.name} is resolved by the root query`);
      };
      Object.defineProperty(prototype, field.name, { value: method, configurable: true, writable: true });
      const descriptor = Object.getOwnPropertyDescriptor(prototype, field.name)!;
      Args(() => LIST_ARGS[field.target])(prototype, field.name, 0);
      Field(() => CONNECTIONS[field.target], {
        complexity: byFirst(),
        description: `${field.relation.description} Follows \`${arrow}\`.`,
      })(prototype, field.name, descriptor);
    }
  }
}
