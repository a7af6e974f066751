// Root query fields answered outside GraphQL's execution call their methods without type-graphql's
// wrapper (src/server/direct/roots.ts). The answers of both ways are compared on a real database in
// tests/integration/direct-execution.test.ts; here, that the wrapper is in fact left out for every
// root query field, and that a call hands the method its arguments, context and info in order.
import 'reflect-metadata';
import { parse, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { rootResolver } from '../../src/server/direct/roots.js';
import { recordingDatabase } from '../support/fake-database.js';
import { Translator } from '../../src/graph/translate.js';

const schema = buildAppSchema();
const query = schema.getQueryType()!;

describe('root resolvers without the wrapper', () => {
  it('is found for every root query field', () => {
    for (const field of Object.values(query.getFields())) {
      const resolve = rootResolver(field);
      expect(resolve, field.name).not.toBe(field.resolve);
      expect(rootResolver(field), field.name).toBe(resolve);
    }
  });

  it('passes the key, the context and the info to the lookup', async () => {
    const db = recordingDatabase();
    const field = query.getFields().organisation!;
    const operation = parse('{ organisation(key: "hmic") { name } }').definitions[0] as OperationDefinitionNode;
    const info = {
      fieldName: 'organisation',
      fieldNodes: operation.selectionSet.selections,
      operation,
      parentType: query,
      variableValues: {},
      fragments: {},
      path: { prev: undefined, key: 'organisation', typename: 'Query' },
    } as unknown as GraphQLResolveInfo;
    const ctx = { db, translator: new Translator({ maxPageSize: 100, defaultPageSize: 20 }) };
    await rootResolver(field)(undefined, { key: 'hmic' }, ctx, info);
    expect(db.statements).toHaveLength(1);
    expect(db.statements[0]!.params).toMatchObject({ param0: 'hmic' });
    expect(db.statements[0]!.cypher).toContain('name');
  });
});
