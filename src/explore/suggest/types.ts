// What `suggest` returns: entities offered while a name is typed.
import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../../schema/entity.types.js';
import { NameMatch } from '../types.js';

@ObjectType({ description: 'An entity offered while a name is being typed.' })
export class Suggestion {
  @Field(() => NameMatch)
  match!: NameMatch;

  @Field(() => Entity)
  entity!: Entity;
}
