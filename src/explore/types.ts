// What the exploration queries return, in shapes a graph view or a timeline can use directly. Every
// entity in them is a full `Entity`, so a selection can reach through it to its relationships.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { atMost, MAX_SOURCES } from './complexity.js';
import { Direction } from './connection.types.js';
import { ENTITY_CLASSES, Entity, Source } from './entity.types.js';

export enum NeighbourDirection {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}
registerEnumType(NeighbourDirection, {
  name: 'NeighbourDirection',
  description: 'Which relationships a neighbourhood follows from its center: outgoing, incoming or both.',
});

export enum PathMode {
  SHORTEST = 'SHORTEST',
  ALL_SHORTEST = 'ALL_SHORTEST',
  K_PATHS = 'K_PATHS',
}
registerEnumType(PathMode, {
  name: 'PathMode',
  valuesConfig: {
    SHORTEST: { description: 'One shortest path.' },
    ALL_SHORTEST: { description: 'Every path of the shortest length (at most 100).' },
    K_PATHS: { description: 'Up to `k` paths, shortest first, none visiting an entity twice.' },
  },
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

@ObjectType({ description: 'One relationship of a path, read in the path’s direction.' })
export class PathStep {
  @Field(() => Entity)
  from!: Entity;

  @Field(() => Entity)
  to!: Entity;

  @Field(() => String)
  type!: string;

  @Field(() => Direction, {
    description: '`OUT` when the relationship points from `from` to `to`, `IN` when it points back.',
  })
  direction!: Direction;

  @Field(() => [Source], { complexity: atMost(MAX_SOURCES) })
  sources!: Source[];
}

@ObjectType({ description: 'A path between two entities.' })
export class Path {
  @Field(() => Int, { description: 'How many relationships it has.' })
  length!: number;

  @Field(() => [Entity], { description: 'Its entities in order, from the first to the last.' })
  nodes!: Entity[];

  @Field(() => [PathStep])
  steps!: PathStep[];
}

@ObjectType({
  description:
    'Something dated: an entity, the date, and the relationship that dates it (`DUE_BY`, `PUBLISHED_ON`, …).',
})
export class TimelineEvent {
  @Field(() => ENTITY_CLASSES.CalendarDate)
  date!: unknown;

  @Field(() => Entity)
  entity!: Entity;

  @Field(() => String)
  relationship!: string;

  @Field(() => [Source], { complexity: atMost(MAX_SOURCES), description: 'Where the source states the date.' })
  sources!: Source[];
}

export enum NameMatch {
  EXACT = 'EXACT',
  PREFIX = 'PREFIX',
  WORD = 'WORD',
  TEXT = 'TEXT',
}
registerEnumType(NameMatch, {
  name: 'NameMatch',
  description: 'How an entity matched what was typed (case, accents and quote marks aside), best first.',
  valuesConfig: {
    EXACT: { description: 'Its name, abbreviation or key is the text.' },
    PREFIX: { description: 'Its name, abbreviation or key starts with the text.' },
    WORD: { description: 'A word of its name starts with the text.' },
    TEXT: { description: 'A full-text match (names, descriptions, texts, excerpts).' },
  },
});

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

@ObjectType({ description: 'An entity offered while a name is being typed.' })
export class Suggestion {
  @Field(() => NameMatch)
  match!: NameMatch;

  @Field(() => Entity)
  entity!: Entity;
}
