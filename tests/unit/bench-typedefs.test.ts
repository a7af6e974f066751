// The Neo4j GraphQL Library's type definitions are generated from the model with a hand-written tail
// (bench/neo4j-graphql/); this checks the result is the same model as the project's own table, so the
// comparison stays fair, and that the library accepts it.
import { Neo4jGraphQL } from '@neo4j/graphql';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATING_RELATIONS } from '../../src/explore/timeline/cypher.js';
import { ENTITY_TYPES, RELATIONS } from '../../src/graph/model.js';
import { libraryTypeDefs } from '../../bench/neo4j-graphql/type-defs.js';
import { projectPath } from '../../src/paths.js';

const typeDefs = libraryTypeDefs();
const document = parse(typeDefs);
const types = new Map(
  document.definitions
    .filter(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && !!d.directives?.some((x) => x.name.value === 'node'),
    )
    .map((d) => [d.name.value, d]),
);

/** "TYPE OUT" for every @relationship field of a node type. */
function relationshipsOf(type: string): string[] {
  return (types.get(type)?.fields ?? []).flatMap((field) =>
    (field.directives ?? [])
      .filter((d) => d.name.value === 'relationship')
      .map((d) =>
        d
          .arguments!.map((a) => (a.value.kind === Kind.STRING || a.value.kind === Kind.ENUM ? a.value.value : ''))
          .join(' '),
      ),
  );
}

describe('the Neo4j GraphQL Library type definitions', () => {
  it('declare every entity type of the model as a node', () => {
    expect([...types.keys()].sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('declare every relationship of the model on both of its ends', () => {
    for (const relation of RELATIONS) {
      for (const from of relation.from)
        expect(relationshipsOf(from), `${from} -${relation.type}->`).toContain(`${relation.type} OUT`);
      for (const to of relation.to)
        expect(relationshipsOf(to), `${to} <-${relation.type}-`).toContain(`${relation.type} IN`);
    }
  });

  it('are accepted by the library', async () => {
    const schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
    expect(schema.getQueryType()?.getFields().recommendations).toBeDefined();
    expect(schema.getType('Recommendation')?.toString()).toBe('Recommendation');
  });
});

// The floor and the library answer the timeline with Cypher written here; it must ask for every kind
// of dated event the API's timeline returns, or the three would agree only while a store lacks one.
describe('the timeline Cypher of the floor and the library', () => {
  const dating = DATING_RELATIONS.map((r) => r.type).sort();
  const typesIn = (text: string) =>
    [...text.matchAll(/\(e:Entity\)-\[r:([A-Z_|]+)\]->\(d\)/g)].map((m) => m[1]!.split('|').sort());

  it('names every dating relationship of the model', () => {
    expect(typesIn(readFileSync(projectPath('bench', 'floor', 'timeline.cypher'), 'utf8'))).toEqual([dating]);
    expect(typesIn(typeDefs)).toEqual([dating]);
  });
});
