// What `search` returns: entities found, with how they matched.
import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from '../../schema/entity.types.js';
import { NameMatch } from '../types.js';

@ObjectType({
  description:
    'An entity found by a search: exact names first, then names starting with the text, then full-text matches.',
})
export class SearchHit {
  @Field(() => NameMatch)
  match!: NameMatch;

  @Field(() => Float, {
    description: 'Full-text relevance (Lucene score), higher is better; 0 for an entity found by its name alone.',
  })
  score!: number;

  @Field(() => Entity)
  entity!: Entity;
}
