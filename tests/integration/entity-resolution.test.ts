// Entity resolution on the real Neo4j: search puts the entity whose name, abbreviation or key is
// what was typed first, then names that start with it, then full-text matches; suggest answers
// typeahead from the same match forms, with each entity's type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchForm } from '../../src/graph/explore/match-name.js';
import { Search, Suggest } from '../../packages/client/src/operations.js';
import { data, openHarness, run, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const keys = (hits: { entity: { key: string } }[]) => hits.map((x) => x.entity.key);

describe('match form', () => {
  it('drops case, accents and quote marks, and folds punctuation to single spaces', () => {
    expect(matchForm('  Denis O’Connor ')).toBe('denis oconnor');
    expect(matchForm('FLANÁGAN')).toBe('flanagan');
    expect(matchForm('Prevent – Progress and Prospects')).toBe('prevent progress and prospects');
    expect(matchForm('“Prevent”')).toBe('prevent');
  });
});

describe('search ranks exact names first', () => {
  it.each(['Prevent', 'prevent', 'PREVENT', '‘Prevent’', '"Prevent"'])(
    '%s: the strand named Prevent, then the rest',
    async (text) => {
      const d = await data(h, Search, { text });
      expect(d.search[0]).toMatchObject({ match: 'EXACT', entity: { __typename: 'Strand', key: 'prevent' } });
      // Names that start with the word come next, before full-text matches.
      const kinds = d.search.map((x) => x.match);
      expect(kinds.indexOf('PREFIX')).toBeGreaterThan(0);
      expect(kinds.lastIndexOf('PREFIX')).toBeLessThan(kinds.indexOf('TEXT'));
      expect(keys(d.search)).toContain('prevent-progress-and-prospects');
    },
  );

  it('Police Service: the organisation of that name before the ACPO plan; abbreviations and keys count as names', async () => {
    const police = await data(h, Search, { text: 'Police Service' });
    expect(police.search[0]).toMatchObject({ match: 'EXACT', entity: { key: 'police-service' } });
    expect(police.search[1]).toMatchObject({ match: 'PREFIX', entity: { key: 'psni' } });
    const plan = keys(police.search).indexOf('police-prevent-strategy-and-delivery-plan');
    expect(plan === -1 || plan > 1).toBe(true);
    expect((await data(h, Search, { text: 'psni' })).search[0]).toMatchObject({
      match: 'EXACT',
      entity: { key: 'psni' },
    });
    expect((await data(h, Search, { text: 'police-service' })).search[0]).toMatchObject({
      match: 'EXACT',
      entity: { key: 'police-service' },
    });
    const acpo = await data(h, Search, { text: 'Acpo', types: ['Organisation'] });
    expect(acpo.search[0]).toMatchObject({ match: 'EXACT', entity: { key: 'acpo' } });
  });
});

describe('suggest', () => {
  it('offers exact names, then names starting with the prefix, then a word of the name, each with its type', async () => {
    const d = await data(h, Suggest, { prefix: 'prev' });
    expect(d.suggest.every((s) => s.match === 'PREFIX' || s.match === 'WORD')).toBe(true);
    expect(keys(d.suggest)).toContain('prevent');
    expect(d.suggest.find((s) => s.entity.key === 'prevent')?.entity.__typename).toBe('Strand');
    const exact = await data(h, Suggest, { prefix: 'Prevent' });
    expect(exact.suggest[0]).toMatchObject({ match: 'EXACT', entity: { key: 'prevent', __typename: 'Strand' } });
    const word = await data(h, Suggest, { prefix: 'o’conn' });
    expect(word.suggest[0]).toMatchObject({ match: 'WORD', entity: { key: 'denis-oconnor', __typename: 'Person' } });
    const typed = await data(h, Suggest, { prefix: 'p', types: ['Organisation'], first: 20 });
    expect(typed.suggest.length).toBeGreaterThan(0);
    expect(typed.suggest.every((s) => s.entity.__typename === 'Organisation')).toBe(true);
    expect(keys(typed.suggest)).toEqual(expect.arrayContaining(['psni', 'police-service']));
    expect((await data(h, Suggest, { prefix: 'zzzz nothing' })).suggest).toEqual([]);
  });

  it('refuses an empty or oversized prefix and a page past its cap', async () => {
    for (const [variables, message] of [
      [{ prefix: ' ?! ' }, /at least one letter or digit/],
      [{ prefix: 'x'.repeat(201) }, /cap of 200/],
      [{ prefix: 'p', first: 21 }, /suggestion cap of 20/],
    ] as const) {
      const result = await run(h, Suggest, variables);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
