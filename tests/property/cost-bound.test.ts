// The cost limit is honest: for many random valid operations run against the real database, the
// entities in each response never exceed the operation's computed cost, and every operation over the
// cap is refused before a single statement reaches the database. Reproducible from COST_SEED.
import 'reflect-metadata';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/data/load.js';
import type { Database } from '../../src/db/neo4j.js';
import { wrapDatabase } from '../../src/db/wrap.js';
import { toGlobalId } from '../../src/graph/ids.js';
import { Translator } from '../../src/graph/translate.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import type { Context } from '../../src/schema/context.js';
import { createServer } from '../../src/server/create-server.js';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { operationCost } from '../../src/server/query-cost.js';
import { graphChecksum } from '../support/checksum.js';
import { testDatabase } from '../support/helpers.js';
import { countEntities, generator, random } from './random-operations.js';

const SEED = Number(process.env.COST_SEED ?? 2009);
const OPERATIONS = Number(process.env.COST_OPERATIONS ?? 300);
const pages = { defaultPageSize: 20, maxPageSize: 100 };

let db: Database;
let statements = 0;
const schema = buildAppSchema();
const server = createServer({ pageSizes: pages });
let context: Context;

beforeAll(async () => {
  db = testDatabase(20_000);
  await loadFacts(db);
  await server.start();
  const counted = wrapDatabase(db, (_mode, work) => {
    statements++;
    return work();
  });
  context = { db: counted, translator: new Translator(pages) };
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

describe('cost limit against random operations', () => {
  it('bounds every response by its cost and refuses those over the cap before any statement', async () => {
    const found = await db.read('MATCH (n:Entity) RETURN n.key AS key, labels(n) AS labels ORDER BY key');
    const keys = found.records.map((r) => r.get('key') as string);
    const entityTypes = new Set(schema.getPossibleTypes(schema.getType('Entity') as never).map((t) => t.name));
    const idOf = (r: (typeof found.records)[number]) => {
      const type = (r.get('labels') as string[]).find((l) => entityTypes.has(l))!;
      return toGlobalId(type, r.get('key') as string);
    };
    const pools = {
      keys: [...keys, 'no-such-key'],
      ids: found.records.map(idOf),
      words: ['police', 'terrorism', 'HMIC', 'strategy', 'recommendation', 'contest'],
    };
    const next = generator(schema, pools, random(SEED));
    const before = await graphChecksum(db);

    let run = 0;
    let refused = 0;
    let worst = { ratio: 0, entities: 0, cost: 0 };
    let worstLarge = { ratio: 0, entities: 0, cost: 0 };
    const unexpected: string[] = [];
    for (let i = 0; i < OPERATIONS; i++) {
      const { query, variables } = next();
      const cost = operationCost(schema, parse(query), variables, undefined, pages);
      const sent = statements;
      const response = await server.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      if (cost > DEFAULT_LIMITS.maxCost) {
        refused++;
        expect(statements, query).toBe(sent);
        expect(errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxCost' });
        continue;
      }
      run++;
      const entities = countEntities(data, entityTypes);
      expect(entities, `${query} ${JSON.stringify(variables)}`).toBeLessThanOrEqual(cost);
      if (cost > 0 && entities / cost > worst.ratio) worst = { ratio: entities / cost, entities, cost };
      if (cost >= 100 && entities / cost > worstLarge.ratio) worstLarge = { ratio: entities / cost, entities, cost };
      for (const error of errors ?? []) {
        const code = String(error.extensions?.code);
        if (!['BAD_USER_INPUT', 'QUERY_TIMEOUT'].includes(code))
          unexpected.push(`${code}: ${error.message} in ${query}`);
      }
    }
    console.log(
      `cost property: seed ${SEED}, ${OPERATIONS} operations, ${run} run, ${refused} refused before any statement; largest entities/cost ${worst.ratio.toFixed(3)} (${worst.entities} of ${worst.cost}); at a cost of 100 or more ${worstLarge.ratio.toFixed(3)} (${worstLarge.entities} of ${worstLarge.cost})`,
    );
    expect(unexpected).toEqual([]);
    expect(run).toBeGreaterThan(OPERATIONS / 3);
    expect(refused).toBeGreaterThan(0);
    expect(await graphChecksum(db)).toEqual(before);
  }, 600_000);
});
