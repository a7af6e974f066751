import 'reflect-metadata';
import { printSchema, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { CurationResolver } from '../curation/curation.resolver.js';
import { EXPLORE_RESOLVERS } from '../explore/index.js';
import { authChecker } from './auth-checker.js';
import { bindResolvers } from './bind-resolvers.js';
import { EntityResolver, TypedLookupResolver } from './entity.resolver.js';
import { ENTITY_CLASSES } from './entity.types.js';
import { applyRelationFields } from './relation-fields.js';

let schema: GraphQLSchema | undefined;

/** The executable schema, built once per process. */
export function buildAppSchema(): GraphQLSchema {
  if (schema) return schema;
  applyRelationFields();
  schema = bindResolvers(
    buildSchemaSync({
      resolvers: [EntityResolver, TypedLookupResolver, ...EXPLORE_RESOLVERS, CurationResolver],
      authChecker,
      // Concrete types reachable only through interfaces must still be in the schema.
      orphanedTypes: Object.values(ENTITY_CLASSES),
      validate: false,
      // No global middleware: a kept plan calls root methods without the wrapper that would run it
      // (src/server/direct/roots.ts checks each field's own middleware and roles only).
    }),
  );
  return schema;
}

/** The SDL committed as schema/schema.graphql, sorted so that its diffs are readable. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
