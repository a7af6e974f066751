// The Neo4j GraphQL Library's type definitions (bench/neo4j-graphql/typeDefs.graphql) are written by
// hand; this keeps them the same model as the project's own table, so the comparison stays fair.
import { readFileSync } from 'node:fs';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATIONS } from '../../src/graph/model.js';
import { projectPath } from '../../src/paths.js';

const document = parse(readFileSync(projectPath('bench', 'neo4j-graphql', 'typeDefs.graphql'), 'utf8'));
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
});
