// Malformed input is a BAD_USER_INPUT error that says what is wrong; a well-formed but unknown
// reference is null, not an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeById } from '../../packages/client/src/operations.js';
import { toGlobalId } from '../../src/graph/ids.js';
import { data, openHarness, run, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

describe('errors', () => {
  it('finds an entity by its global ID, and returns null for a well-formed unknown ID', async () => {
    const found = await data(h, NodeById, { id: toGlobalId('Organisation', 'hmic') });
    expect(found.node).toMatchObject({ __typename: 'Organisation', key: 'hmic', name: 'HMIC' });
    const missing = await data(h, NodeById, { id: toGlobalId('Organisation', 'no-such-body') });
    expect(missing.node).toBeNull();
    const wrongType = await data(h, NodeById, { id: toGlobalId('Person', 'hmic') });
    expect(wrongType.node).toBeNull();
  });

  it.each([
    'not an id',
    '',
    'Zm9v',
    toGlobalId('Unicorn', 'hmic'),
    toGlobalId('Organisation', 'HMIC; DROP'),
    'T3JnYW5pc2F0aW9uOmhtaWM=',
  ])('rejects the malformed ID %j', async (id) => {
    const result = await run(h, NodeById, { id });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/"id" is not a valid ID/);
    expect(result.data?.node ?? null).toBeNull();
  });

  it('keeps the order of nodes(ids:) and puts null where an ID is unknown', async () => {
    const ids = [toGlobalId('Organisation', 'psni'), toGlobalId('Person', 'nobody'), toGlobalId('Strand', 'prevent')];
    const d = await data<any>(h, `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { key } } }`, { ids });
    expect(d.nodes).toEqual([{ id: ids[0], key: 'psni' }, null, { id: ids[2], key: 'prevent' }]);
  });

  it('names the bad element of nodes(ids:)', async () => {
    const result = await run(h, `{ nodes(ids: ["${toGlobalId('Organisation', 'psni')}", "garbage!"]) { id } }`);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/"ids\[1\]"/);
  });

  it('rejects a malformed key and returns null for an unknown one', async () => {
    const bad = await run(h, `{ organisation(key: "' OR 1=1 //") { name } }`);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/"key" must be a key/);
    const unknown = await data<any>(h, `{ organisation(key: "mi5") { name } entity(key: "nothing-here") { name } }`);
    expect(unknown).toEqual({ organisation: null, entity: null });
  });

  it('rejects a page size above the cap, naming the cap, and a negative one', async () => {
    const tooMany = await run(h, `{ organisations(first: 1000) { totalCount } }`);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/page size cap of 100/);
    const negative = await run(h, `{ organisation(key: "hmic") { inspects(first: -1) { totalCount } } }`);
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
  });

  it('rejects a cursor this API did not make', async () => {
    const result = await run(h, `{ organisations(after: "bm9wZQ") { totalCount } }`);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/"after" is not a valid cursor/);
  });

  it('pages through a list with cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const d: any = await data(
        h,
        `query($after: String) { organisations(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor hasPreviousPage } nodes { key } } }`,
        { after },
      );
      seen.push(...d.organisations.nodes.map((n: { key: string }) => n.key));
      expect(d.organisations.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!d.organisations.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(d.organisations.totalCount);
        break;
      }
      after = d.organisations.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toHaveLength(9);
  });
});
