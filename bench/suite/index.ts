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
