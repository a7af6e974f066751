// The fixed suite, in the order it is reported.
import { count, deepFilter, lookup, lookupFresh, nested, page } from './basic.js';
import type { Case } from './case.js';
import { neighbourhood, path, search, suggest, timeline } from './explore.js';

export const SUITE: readonly Case[] = [
  lookup,
  lookupFresh,
  page,
  nested,
  count,
  deepFilter,
  neighbourhood,
  path,
  timeline,
  search,
  suggest,
];

/** The questions named in a comma-separated list (a command line's `--cases`), in its order. */
export function casesNamed(list: string): Case[] {
  return list.split(',').map((name) => {
    const found = SUITE.find((c) => c.name === name);
    if (!found) throw new Error(`no question named ${name}; the suite has ${SUITE.map((c) => c.name).join(', ')}`);
    return found;
  });
}
