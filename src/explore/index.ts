// The exploration queries, one folder each: its Cypher (cypher.ts, no GraphQL), its arguments with
// their defaults (args.ts), its result types (types.ts) and its root field (resolver.ts). A new
// exploration query is a new folder, listed here; src/schema/build-schema.ts adds these to the schema.
import { NeighbourhoodResolver } from './neighbourhood/resolver.js';
import { PathsResolver } from './paths/resolver.js';
import { RelationshipTypesResolver } from './relationship-types/resolver.js';
import { SearchResolver } from './search/resolver.js';
import { SuggestResolver } from './suggest/resolver.js';
import { TimelineResolver } from './timeline/resolver.js';

export const EXPLORE_RESOLVERS = [
  NeighbourhoodResolver,
  PathsResolver,
  TimelineResolver,
  SearchResolver,
  SuggestResolver,
  RelationshipTypesResolver,
] as const;
