// Cursor-paginated connections (Relay), one per entity type and one for any entity, and the arguments
// every list takes. Each edge carries the relationship it followed, with its provenance.
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { ENTITY_TYPES, type Target } from '../graph/model.js';
import { atMost, MAX_SOURCES } from './complexity.js';
import { Basis } from './entity.enums.js';
import { ENTITY_CLASSES, Entity, Source } from './entity.types.js';

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
}
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way a relationship points from the entity it was reached from.',
});

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor?: string;

  @Field(() => String, { nullable: true })
  endCursor?: string;
}

@ObjectType({ description: 'A relationship of the graph as seen from one of its ends.' })
export class Relationship {
  @Field(() => String, { description: 'The relationship type, such as `INSPECTS`.' })
  type!: string;

  @Field(() => Direction, { description: '`OUT` when it points from the entity the field belongs to.' })
  direction!: Direction;

  @Field(() => [Source], {
    complexity: atMost(MAX_SOURCES),
    description: 'The documents and excerpts that state this relationship.',
  })
  sources!: Source[];

  @Field(() => Basis, {
    description: '`STATED` when its sources say it in so many words; `INFERRED` when it is a reading of them.',
  })
  basis!: Basis;

  @Field(() => String, { nullable: true, description: 'Why the reading holds, in one line (INFERRED only).' })
  rationale?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who inferred it: `loader`, or `curator` with the curator’s display name (the audit trail keeps who).',
  })
  inferredBy?: string;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'How many items to return (default 20, at most the configured page size, 100 unless changed).',
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (an `endCursor` or edge `cursor`).',
  })
  after?: string;
}

function makeConnection(name: string, nodeType: ClassType | typeof Entity) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: unknown;

    @Field(() => Relationship, {
      nullable: true,
      description: 'The relationship followed to reach the node; null on top-level lists.',
    })
    relationship?: Relationship;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => Int, { description: 'How many items there are in all, across pages.' })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for when the edges themselves are not needed.' })
    nodes!: unknown[];
  }
  return Connection;
}

export const CONNECTIONS: Record<Target, ClassType> = Object.fromEntries([
  ...ENTITY_TYPES.map((type) => [type, makeConnection(type, ENTITY_CLASSES[type])]),
  ['Entity', makeConnection('Entity', Entity)],
]) as Record<Target, ClassType>;
