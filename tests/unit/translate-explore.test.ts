// Translation tests: the exact Cypher and parameters that representative exploration operations
// produce (no database; the stand-in only records what it is sent). Request values appear only as
// parameters; the text holds identifiers from the model and the checked bounds of patterns.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOP_SCAN } from '../../src/explore/neighbourhood/cypher.js';
import { luceneQuery } from '../../src/graph/explore/search-text.js';
import { Translator } from '../../src/graph/translate.js';
import { createServer } from '../../src/server/create-server.js';
import { COST_LIFTED } from '../support/limits.js';
import { recordingDatabase } from '../support/fake-database.js';

const db = recordingDatabase();
const server = createServer(COST_LIFTED);
beforeAll(() => server.start());
afterAll(() => server.stop());

async function statementsOf(query: string, variables?: Record<string, unknown>) {
  db.statements.length = 0;
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: { db, translator: new Translator({ maxPageSize: 100, defaultPageSize: 20 }) } },
  );
  const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
  return { sent: [...db.statements], errors };
}

const int = (n: number) => expect.objectContaining({ low: n, high: 0 });

describe('translation of exploration fields', () => {
  it('paths: all shortest paths of up to maxLength, the first kept in a fixed order, steps in path order', async () => {
    const { sent } = await statementsOf(
      `{ paths(from: "psni", to: "prevent") { length steps { type direction from { __typename key } } } }`,
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]!.cypher).toBe(`OPTIONAL MATCH (this0:Entity { key: $param0 })
OPTIONAL MATCH (this1:Entity { key: $param1 })
RETURN [var2 IN [CASE
  WHEN this0 IS NULL THEN $param0
END, CASE
  WHEN this1 IS NULL THEN $param1
END] WHERE var2 IS NOT NULL] AS missing, COLLECT {
  MATCH p3 = ALL SHORTEST (this0)-[*0..4]-(this1)
  WITH p3
  WHERE all(var5 IN nodes(p3) WHERE single(var4 IN nodes(p3) WHERE var4 = var5))
  RETURN {length: length(p3), steps: COLLECT {
    UNWIND range(0, (length(p3) - 1)) AS var6
    WITH var6, nodes(p3)[var6] AS this7, nodes(p3)[(var6 + 1)] AS this8, relationships(p3)[var6] AS this9
    RETURN {type: type(this9), direction: CASE
      WHEN startNode(this9) = this7 THEN 'OUT'
      ELSE 'IN'
    END, from: {__typename: head([var10 IN labels(this7) WHERE var10 <> 'Entity']), key: this7.key}}
    ORDER BY var6 ASC
  }} AS var11
  ORDER BY length(p3) ASC, [var12 IN nodes(p3) | var12.key] ASC, [var13 IN relationships(p3) | type(var13)] ASC
  LIMIT $param2
} AS result`);
    expect(sent[0]!.params).toEqual({ param0: 'psni', param1: 'prevent', param2: int(1) });
  });

  it('paths in K_PATHS mode search a fixed width of shortest trails and keep k by parameter', async () => {
    const { sent } = await statementsOf(
      `{ paths(from: "psni", to: "prevent", mode: K_PATHS, k: 5, maxLength: 6, relationshipTypes: ["INSPECTS", "PUBLISHED", "CONCERNS"]) { length } }`,
    );
    expect(sent[0]!.cypher).toContain('MATCH p3 = SHORTEST 50 (this0)-[:(CONCERNS|INSPECTS|PUBLISHED)*0..6]-(this1)');
    expect(sent[0]!.params).toEqual({ param0: 'psni', param1: 'prevent', param2: int(5) });
  });

  it('neighbourhood: hop by hop, nearest first, a hop read up to HOP_SCAN entities, a further hop only while the page has room', async () => {
    const { sent } = await statementsOf(
      `{ neighbourhood(key: "hmic", depth: 2, relationshipTypes: ["INSPECTS", "PUBLISHED"], direction: OUT, limit: 10) { nodes { key } truncated } }`,
    );
    expect(sent[0]!.cypher).toBe(`MATCH (this0:Entity { key: $param0 })
WITH this0, COLLECT {
  MATCH (this0)-[:(INSPECTS|PUBLISHED)]->(this1:Entity)
  WHERE this1 <> this0
  WITH DISTINCT this1
  
  LIMIT $param1
  WITH this1
  ORDER BY this1.key ASC
  LIMIT ($param2 + 1)
  RETURN this1
} AS var2
WITH this0, var2, CASE
  WHEN size(var2) > $param2 THEN []
  ELSE COLLECT {
    MATCH (this0)-[:(INSPECTS|PUBLISHED)*2..2]->(this3:Entity)
    WHERE (this3 <> this0 AND NOT (this3 IN var2))
    WITH DISTINCT this3
    
    LIMIT $param1
    WITH this3
    ORDER BY this3.key ASC
    LIMIT ($param2 + 1)
    RETURN this3
  }
END AS var4
WITH this0, (var2 + var4) AS var2
WITH this0, ([this0] + var2[0..$param2]) AS var5, size(var2) > $param2 AS var6
RETURN {nodes: [this7 IN var5 | {key: this7.key}], truncated: var6} AS result`);
    expect(sent[0]!.params).toEqual({ param0: 'hmic', param1: int(HOP_SCAN), param2: int(10) });
  });

  it('neighbourhood relationships: from each member, but pair by pair for a member with more than HOP_SCAN', async () => {
    const { sent } = await statementsOf(`{ neighbourhood(key: "hmic", limit: 5) { relationships { type } } }`);
    expect(sent[0]!.cypher).toContain(`RETURN {relationships: [this5 IN COLLECT {
  UNWIND var3 AS this6
  CALL (this6, var3) {
    WITH this6, var3 WHERE COUNT { (this6)-[]->() } <= $param1
    MATCH (this6)-[this8]->(this7) WHERE this7 IN var3
    RETURN this8, this7
    UNION ALL
    WITH this6, var3 WHERE COUNT { (this6)-[]->() } > $param1
    UNWIND var3 AS this7
    MATCH (this6)-[this8]->(this7)
    RETURN this8, this7
  }
  RETURN this8 ORDER BY type(this8), this6.key, this7.key
}`);
    expect(sent[0]!.params.param1).toEqual(int(HOP_SCAN));
  });

  it('timeline: a window of periods as date parameters, oldest first', async () => {
    const { sent } = await statementsOf(
      `{ timeline(from: "2008-04", to: "2010-03", types: [Recommendation]) { date { key } entity { key } } }`,
    );
    expect(sent[0]!.cypher).toBe(`RETURN [] AS anchors, COLLECT {
  MATCH (this0:Entity)-[this1:(APPOINTED_ON|DUE_BY|ISSUED_ON|PUBLISHED_ON|REPORTED_ON)]->(this2:CalendarDate)
  WHERE (this2.start >= date($param0) AND (this2.start <= date($param1) AND this2.end <= date($param1)) AND any(var3 IN labels(this0) WHERE var3 IN $param2))
  RETURN {date: {key: this2.key}, entity: {key: this0.key}}
  ORDER BY this2.start ASC, this2.end ASC, type(this1) ASC, this0.key ASC
  LIMIT $param3
} AS result`);
    expect(sent[0]!.params).toEqual({
      param0: '2008-04-01',
      param1: '2010-03-31',
      param2: ['Recommendation'],
      param3: int(50),
    });
  });

  it('timeline after an entity: its latest date, looked up in the same statement', async () => {
    const { sent } = await statementsOf(
      `{ timeline(after: "police-prevent-strategy-and-delivery-plan") { relationship } }`,
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]!.cypher).toContain(`OPTIONAL MATCH (this0:Entity { key: $param0 })
WITH *, head(COLLECT {
  MATCH (this0)-[:(APPOINTED_ON|DUE_BY|ISSUED_ON|PUBLISHED_ON|REPORTED_ON)]->(this1:CalendarDate)
  RETURN this1.end
  ORDER BY this1.end DESC
}) AS var2`);
    expect(sent[0]!.cypher).toContain('WHERE this5.start > var2');
    expect(sent[0]!.params.param0).toBe('police-prevent-strategy-and-delivery-plan');
  });

  it('search: exact and starting names by index seek, then the typed text as a Lucene query of words, all passed as parameters', async () => {
    const { sent } = await statementsOf(
      `{ search(text: "O’Connor", types: [Person], first: 3) { score entity { key } } }`,
    );
    expect(sent[0]!.cypher).toBe(`CALL () {
    MATCH (this0:Entity) WHERE this0.key = $param3 AND any(l IN labels(this0) WHERE l IN $param2) RETURN this0, 3 AS var1, 0.0 AS var2 LIMIT $param0
    UNION
    MATCH (this0:Entity) WHERE this0.matchName = $param1 AND any(l IN labels(this0) WHERE l IN $param2) RETURN this0, 3 AS var1, 0.0 AS var2 LIMIT $param0
    UNION
    MATCH (this0:Entity) WHERE this0.matchAbbreviation = $param1 AND any(l IN labels(this0) WHERE l IN $param2) RETURN this0, 3 AS var1, 0.0 AS var2 LIMIT $param0
    UNION
    MATCH (this0:Entity) WHERE this0.matchName STARTS WITH $param1 AND any(l IN labels(this0) WHERE l IN $param2) RETURN this0, 2 AS var1, 0.0 AS var2 ORDER BY this0.matchName LIMIT $param0
    UNION
    CALL db.index.fulltext.queryNodes('entity_text', $param4, {limit: $param5}) YIELD node AS this0, score AS var2
    WITH this0, var2 WHERE var2 > 0
    RETURN this0, 0 AS var1, var2 ORDER BY var2 DESC, this0.key LIMIT $param0
}
WITH this0, max(var1) AS var1, max(var2) AS var2
ORDER BY var1 DESC, CASE WHEN var1 = 2 THEN this0.matchName END, var2 DESC, this0.key
LIMIT $param0
RETURN collect({score: var2, entity: {key: this0.key}}) AS result`);
    expect(sent[0]!.params).toEqual({
      param0: int(3),
      param1: 'oconnor',
      param2: ['Person'],
      param3: 'oconnor',
      param4: `+searchType:(person)^0 +(${luceneQuery('O’Connor')})`,
      param5: int(3),
    });
  });

  it('search without types: the best `first` of the index only', async () => {
    const { sent } = await statementsOf(`{ search(text: "prevent", first: 4) { score } }`);
    expect(
      sent[0]!.cypher,
    ).toContain(`CALL db.index.fulltext.queryNodes('entity_text', $param3, {limit: $param4}) YIELD node AS this0, score AS var2
    WITH this0, var2 WHERE var2 > 0
    RETURN this0, 0 AS var1, var2 ORDER BY var2 DESC, this0.key LIMIT $param0`);
    expect(sent[0]!.params.param3).toBe(luceneQuery('prevent'));
    expect(sent[0]!.params.param4).toEqual(int(4));
  });

  // By deadline with a due window: date by date from the CalendarDate(start) index, or from the
  // addressee, whichever its degree says is cheaper (src/graph/lists/by-deadline.ts). pageInfo asks
  // for the item past the page and for cursors, which carry the sort value.
  it('a filtered list sorted by deadline: date by date or from the addressee, the rest of the filter in WHERE and totalCount, cursor position (value, key) after it', async () => {
    const after = Buffer.from(
      `cursor:${JSON.stringify(['DEADLINE', 'DESC', '2010-03-01/2010-03-31', 'rec-2009-4'])}`,
    ).toString('base64url');
    const { sent } = await statementsOf(
      `query($after: String) { recommendations(first: 2, after: $after, filter: { dueBy: "2010-03", addressedTo: "police-service" }, orderBy: { by: DEADLINE, direction: DESC }) { totalCount pageInfo { hasNextPage endCursor } nodes { key } } }`,
      { after },
    );
    expect(sent[0]!.cypher).toBe(`RETURN head([var3 IN [COLLECT {
  MATCH (this6:Entity&Organisation { key: $param3 })
  WITH (COUNT {
    (this6)<-[:ADDRESSED_TO]-()
  } ^ 2) > (($param2 + 1) * COUNT {
    (this7:Recommendation)
  }) AS var8
  CALL (var8) {
    WITH var8
    MATCH (this9:CalendarDate)
    WHERE (this9.start <= CASE
      WHEN var8 = true THEN date($param4)
    END AND this9.start <= CASE
      WHEN var8 = true THEN date($param5)
    END)
    MATCH (this9)<-[:DUE_BY]-(this10:Recommendation)
    WHERE (EXISTS {
      (this10)-[:ADDRESSED_TO]->(:Organisation { key: $param6 })
    } AND NOT (EXISTS {
      MATCH (this10)-[:DUE_BY]->(this11:CalendarDate)
      WHERE (this11.start < this9.start OR (this11.start = this9.start AND (this11.end < this9.end OR (this11.end = this9.end AND this11.key < this9.key))))
    }) AND ((this9.start <= date($param7) AND this9.end <= date($param7)) OR EXISTS {
      MATCH (this10)-[:DUE_BY]->(this12:CalendarDate)
      WHERE (this12.start <= date($param8) AND this12.end <= date($param8))
    }))
    WITH this10, this9, ((toString(this9.start) || '/') || toString(this9.end)) AS var13
    WHERE (var13 < $param9 OR (var13 = $param9 AND this10.key > $param10))
    WITH this10, this9, var13
    ORDER BY this9.start DESC, this9.end DESC, this10.key ASC
    LIMIT ($param2 + 1)
    RETURN this10, var13
    UNION ALL
    WITH var8
    WHERE NOT (var8 = true)
    MATCH (this14:Entity&Organisation { key: $param3 })<-[:ADDRESSED_TO]-(this10:Recommendation)
    WHERE EXISTS {
      MATCH (this10)-[:DUE_BY]->(this15:CalendarDate)
      WHERE (this15.start <= date($param11) AND this15.end <= date($param11))
    }
    WITH this10, head(COLLECT {
      MATCH (this10)-[:DUE_BY]->(this16:CalendarDate)
      RETURN ((toString(this16.start) || '/') || toString(this16.end)) AS var17
      ORDER BY var17 ASC
    }) AS var13
    WHERE (var13 < $param12 OR (var13 = $param12 AND this10.key > $param13))
    WITH this10, var13
    ORDER BY var13 DESC, this10.key ASC
    LIMIT ($param2 + 1)
    RETURN this10, var13
  }
  WITH this10, var13
  ORDER BY var13 DESC, this10.key ASC
  LIMIT ($param2 + 1)
  RETURN {cursor: [$param14, $param15, var13, this10.key], n0: {key: this10.key}}
}] | {totalCount: COUNT {
  MATCH (this0:Entity&Organisation { key: $param0 })<-[:ADDRESSED_TO]-(this1:Recommendation)
  WHERE EXISTS {
    MATCH (this1)-[:DUE_BY]->(this2:CalendarDate)
    WHERE (this2.start <= date($param1) AND this2.end <= date($param1))
  }
}, pageInfo: {hasNextPage: size(var3) > $param2, endCursor: last([var4 IN var3[0..$param2] | var4.cursor])}, nodes: [var5 IN var3[0..$param2] | var5.n0]}]) AS result`);
    expect(sent[0]!.params).toEqual({
      param0: 'police-service',
      param1: '2010-03-31',
      param2: int(2),
      param3: 'police-service',
      param4: '2010-03-31',
      param5: '2010-03-01',
      param6: 'police-service',
      param7: '2010-03-31',
      param8: '2010-03-31',
      param9: '2010-03-01/2010-03-31',
      param10: 'rec-2009-4',
      param11: '2010-03-31',
      param12: '2010-03-01/2010-03-31',
      param13: 'rec-2009-4',
      param14: 'DEADLINE',
      param15: 'DESC',
    });
  });

  it('values that look like Cypher stay parameters and never reach the text', async () => {
    const hostile = "x') DETACH DELETE n //";
    const { sent } = await statementsOf(`query($t: String!) { search(text: $t) { score } }`, { t: hostile });
    expect(sent[0]!.cypher).not.toContain('DETACH');
    expect(Object.values(sent[0]!.params)).toContain(luceneQuery(hostile));
    expect(luceneQuery(hostile)).not.toMatch(/DETACH|'|\/\//);
    expect(Object.values(sent[0]!.params)).toContain('x detach delete n');
    const { sent: none, errors } = await statementsOf(
      `{ paths(from: "psni", to: "prevent", relationshipTypes: ["INSPECTS]-() DETACH DELETE n //"]) { length } }`,
    );
    expect(none).toHaveLength(0);
    expect(JSON.stringify(errors)).toContain('BAD_USER_INPUT');
  });
});
