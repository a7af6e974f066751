// The operations the soak, the overload run and the memory test send: valid, asking every root field
// of the schema between them, and the heavy one as heavy as the default limits allow and no heavier.
import 'reflect-metadata';
import { parse, validate } from 'graphql';
import { expect, it } from 'vitest';
import { CHEAP_LOOKUP, READ_MIX, costOf, heaviestLegalAliases, heavyPaths } from '../../scripts/load/read-mix.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { DEFAULT_ADMISSION } from '../../src/server/admission.js';

const schema = buildAppSchema();

it('asks every root field with valid operations', () => {
  for (const query of [...READ_MIX, CHEAP_LOOKUP, heavyPaths(2)])
    expect(validate(schema, parse(query)), query).toEqual([]);
  const missing = Object.keys(schema.getQueryType()!.getFields()).filter(
    (field) => !READ_MIX.some((q) => new RegExp(`[{] ${field}[ (]`).test(q)),
  );
  expect(missing).toEqual([]);
});

it('makes the heavy operation the largest within the cost limit, in the heavy lane, and the lookup cheap', () => {
  const aliases = heaviestLegalAliases(schema);
  expect(aliases).toBeGreaterThan(1);
  expect(costOf(schema, heavyPaths(aliases))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  if (aliases < DEFAULT_LIMITS.maxAliases)
    expect(costOf(schema, heavyPaths(aliases + 1))).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  expect(costOf(schema, heavyPaths(aliases))).toBeGreaterThan(DEFAULT_ADMISSION.cheapCost);
  expect(costOf(schema, CHEAP_LOOKUP)).toBeLessThanOrEqual(DEFAULT_ADMISSION.cheapCost);
});
