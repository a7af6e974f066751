// What `neighbourhood` returns, in a shape a graph view can draw directly.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { atMost, MAX_SOURCES } from '../../schema/complexity.js';
import { Entity, Source } from '../../schema/entity.types.js';

export enum NeighbourDirection {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}
registerEnumType(NeighbourDirection, {
  name: 'NeighbourDirection',
  description: 'Which relationships a neighbourhood follows from its center: outgoing, incoming or both.',
});

@ObjectType({ description: 'A relationship between two entities, with its provenance, as a graph view draws it.' })
export class GraphRelationship {
  @Field(() => ID, { description: 'Stable ID made from type and ends.' })
  id!: string;

  @Field(() => String, { description: 'The relationship type, such as `INSPECTS`.' })
  type!: string;

  @Field(() => String, { description: 'Key of the entity it points from.' })
  fromKey!: string;

  @Field(() => String, { description: 'Key of the entity it points to.' })
  toKey!: string;

  @Field(() => [Source], { complexity: atMost(MAX_SOURCES) })
  sources!: Source[];
}

@ObjectType({ description: 'An entity, the entities around it and the relationships among them.' })
export class Neighbourhood {
  @Field(() => Entity)
  center!: Entity;

  @Field(() => [Entity], { description: 'The center first, then its neighbours, closest first and by key.' })
  nodes!: Entity[];

  @Field(() => [GraphRelationship], {
    description: 'Every relationship (of the types asked for) between two of `nodes`.',
  })
  relationships!: GraphRelationship[];

  @Field(() => Boolean, { description: 'True when `limit` left out some neighbours.' })
  truncated!: boolean;
}
