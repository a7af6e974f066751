// Translation tests: the exact Cypher and parameters that representative operations produce, with no
// database. They pin the shape of the queries (one per root field, values only as parameters).
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Translator } from '../../src/graph/translate.js';
import { createServer } from '../../src/server/create-server.js';
import { COST_LIFTED } from '../support/limits.js';
import { recordingDatabase } from '../support/fake-database.js';

const db = recordingDatabase();
const server = createServer(COST_LIFTED);
beforeAll(() => server.start());
afterAll(() => server.stop());

async function cypherOf(query: string, variables?: Record<string, unknown>) {
  db.statements.length = 0;
  await server.executeOperation(
    { query, variables },
    { contextValue: { db, translator: new Translator({ maxPageSize: 100, defaultPageSize: 20 }) } },
  );
  return db.statements;
}

const int = (n: number) => ({ low: n, high: 0 });

describe('translation to Cypher', () => {
  it('a lookup by key with a relationship field and provenance', async () => {
    const statements = await cypherOf(
      `query($key: String!) { organisation(key: $key) { name inspects(first: 2) { totalCount nodes { abbreviation } } sources { excerpt } } }`,
      { key: 'hmic' },
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]!.cypher).toBe(`MATCH (this0:Entity&Organisation { key: $param0 })
RETURN {name: this0.name, inspects: {totalCount: COUNT {
  (this0)-[:INSPECTS]->()
}, nodes: COLLECT {
  MATCH (this0)-[this1:INSPECTS]->(this2:Organisation)
  WITH this1, this2
  ORDER BY this2.key ASC
  LIMIT $param1
  RETURN {abbreviation: this2.abbreviation}
}}, sources: [var3 IN range(0, (size(coalesce(this0.sourceExcerpts, [])) - 1)) | {excerpt: this0.sourceExcerpts[var3]}]} AS result`);
    expect(statements[0]!.params).toEqual({ param0: 'hmic', param1: int(2) });
  });

  it('an entity map carries __typename only where an interface field needs its concrete type, and __key only for an id', async () => {
    const returned = async (query: string) => {
      const [statement] = await cypherOf(query, { key: 'hmic' });
      return /^RETURN (.*) AS result$/ms.exec(statement!.cypher)?.[1];
    };
    const typename = "__typename: head([var1 IN labels(this0) WHERE var1 <> 'Entity'])";
    // A concrete type: the type is known without asking Neo4j, and no id is asked for.
    expect(await returned('query($key: String!) { organisation(key: $key) { __typename key } }')).toBe(
      '{key: this0.key}',
    );
    expect(await returned('query($key: String!) { organisation(key: $key) { id } }')).toBe('{__key: this0.key}');
    // An interface: the concrete type comes from the node's labels where something depends on it:
    // __typename itself (asked anywhere: directly, in a fragment on the interface, under an alias),
    // an id, or a fragment on a narrower type.
    expect(await returned('query($key: String!) { entity(key: $key) { key __typename } }')).toBe(
      `{${typename}, key: this0.key}`,
    );
    expect(
      await returned('query($key: String!) { entity(key: $key) { ...F } } fragment F on Entity { t: __typename }'),
    ).toBe(`{${typename}}`);
    expect(await returned('query($key: String!) { entity(key: $key) { ... on Entity { __typename } name } }')).toBe(
      `{${typename}, name: this0.name}`,
    );
    expect(await returned('query($key: String!) { entity(key: $key) { id } }')).toBe(`{${typename}, __key: this0.key}`);
    expect(await returned('query($key: String!) { entity(key: $key) { ... on Organisation { id } } }')).toBe(
      `{${typename}, __key: this0.key}`,
    );
    expect(await returned('query($key: String!) { entity(key: $key) { ... on Organisation { name } } }')).toBe(
      `{${typename}, name: CASE
  WHEN this0:Organisation THEN this0.name
END}`,
    );
    // Nothing that depends on it: any type of the interface answers the same (bind-resolvers.ts).
    expect(await returned('query($key: String!) { entity(key: $key) { key name } }')).toBe(
      '{key: this0.key, name: this0.name}',
    );
    expect(await returned('query($key: String!) { entity(key: $key) { ... on Entity { key } } }')).toBe(
      '{key: this0.key}',
    );
  });

  it('a value that looks like Cypher stays a parameter', async () => {
    const statements = await cypherOf(`query($after: String) { strands(after: $after, first: 1) { nodes { name } } }`, {
      after: Buffer.from("cursor:x-'}) MATCH (n) DETACH DELETE n").toString('base64url'),
    });
    // The cursor is refused before any statement is built.
    expect(statements).toHaveLength(0);
    const ok = await cypherOf(
      `{ strands(after: "${Buffer.from('cursor:prepare').toString('base64url')}", first: 1) { nodes { name } } }`,
    );
    expect(ok[0]!.cypher).toContain('WHERE this0.key > $param0');
    expect(ok[0]!.params).toEqual({ param0: 'prepare', param1: int(1) });
  });

  // hasNextPage is read from one item past the page, and a cursor from each item; a selection asking
  // for neither reads the page alone, at every level of a nested read, and a lone nodes list is the
  // subquery's own value.
  it('a connection reads the item past the page only for hasNextPage, and cursors only when asked', async () => {
    const listOf = async (selection: string) => {
      const [statement] = await cypherOf(
        `query($key: String!) { organisation(key: $key) { inspects(first: 2) { ${selection} } } }`,
        { key: 'hmic' },
      );
      return statement!.cypher;
    };
    const plain = await listOf('nodes { name inspects(first: 3) { nodes { name } } }');
    expect(plain).not.toContain('+ 1');
    expect(plain).not.toContain('cursor');
    expect(plain).not.toContain('[0..');
    expect(plain).toContain('LIMIT $param1');
    expect(plain).toContain('LIMIT $param2');
    // A lone nodes list is the COLLECT subquery itself, not a list bound to a variable: Neo4j plans
    // it as it plans the floor's nested lists.
    expect(plain).not.toContain('head([');
    expect(plain.match(/inspects: \{nodes: COLLECT \{/g)).toHaveLength(2);
    expect(await listOf('__typename totalCount nodes { name }')).not.toContain('head([');

    const more = await listOf('pageInfo { hasNextPage } nodes { name }');
    expect(more).toContain('LIMIT ($param1 + 1)');
    expect(more).toMatch(
      /pageInfo: \{hasNextPage: size\((var\d+)\) > \$param1\}, nodes: \[(var\d+) IN \1\[0\.\.\$param1\] \| \2\.n0\]/,
    );
    expect(more).not.toContain('cursor');

    const ended = await listOf('pageInfo { endCursor } nodes { name }');
    expect(ended).toContain('LIMIT $param1\n');
    expect(ended).toMatch(/RETURN \{cursor: (this\d+)\.key, n0: \{name: \1\.name\}\}/);
    expect(ended).toMatch(/endCursor: last\(\[(var\d+) IN var\d+ \| \1\.cursor\]\)/);
    expect(ended).not.toContain('[0..');

    const edges = await listOf('edges { cursor node { name } }');
    expect(edges).toMatch(/RETURN \{cursor: this\d+\.key,/);
    expect(edges).not.toContain('+ 1');

    // Only what is asked changes: no hasPreviousPage reads anything more.
    expect(await listOf('pageInfo { hasPreviousPage } nodes { name }')).not.toMatch(/\+ 1|cursor/);
  });

  it('fragments on the Entity interface become a CASE on the label', async () => {
    const statements = await cypherOf(
      `{ entity(key: "radicalisers") { key ... on Concept { about: description } ... on Organisation { about: infoUrl } } }`,
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]!.cypher).toContain('MATCH (this0:Entity { key: $param0 })');
    expect(statements[0]!.cypher).toContain(
      'about: CASE\n  WHEN this0:Concept THEN this0.description\n  WHEN this0:Organisation THEN this0.infoUrl\nEND',
    );
  });

  it('two root fields are two statements, however deep each nests', async () => {
    const statements = await cypherOf(`{
      a: document(key: "prevent-progress-and-prospects") { recommends { nodes { addressedTo { nodes { inspectedBy { nodes { name } } } } } } }
      b: people { nodes { stated { nodes { quotedIn { nodes { title } } } } } }
    }`);
    expect(statements).toHaveLength(2);
  });
});
