// Root query fields answered outside GraphQL's execution call their methods without type-graphql's
// wrapper (src/server/direct/roots.ts). The answers of both ways are compared on a real database in
// tests/integration/direct-execution.test.ts; here, that the wrapper is in fact left out for every
// root query field, and that a call hands the method its arguments, context and info in order.
import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
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
      const resolve = rootResolver(schema, field);
      expect(resolve, field.name).not.toBe(field.resolve);
      expect(rootResolver(schema, field), field.name).toBe(resolve);
    }
  });

  it('passes the key, the context and the info to the lookup', async () => {
    const db = recordingDatabase();
    const field = query.getFields().organisation!;
    const info = {
      fieldName: 'organisation',
      fieldNodes: [
        {
          kind: 'Field',
          name: { kind: 'Name', value: 'organisation' },
          arguments: [
            {
              kind: 'Argument',
              name: { kind: 'Name', value: 'key' },
              value: { kind: 'StringValue', value: 'hmic' },
            },
          ],
          selectionSet: {
            kind: 'SelectionSet',
            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
          },
        },
      ],
      parentType: query,
      variableValues: {},
      fragments: {},
      path: { prev: undefined, key: 'organisation', typename: 'Query' },
    } as unknown as GraphQLResolveInfo;
    const ctx = { db, translator: new Translator({ maxPageSize: 100, defaultPageSize: 20 }) };
    await rootResolver(schema, field)(undefined, { key: 'hmic' }, ctx, info);
    expect(db.statements).toHaveLength(1);
    expect(db.statements[0]!.params).toMatchObject({ param0: 'hmic' });
    expect(db.statements[0]!.cypher).toContain('name');
  });
});
