// The cost of each list, declared on the field that returns it (`@Field({ complexity })`), so a new
// list cannot forget its cost. Cost counts entities: graphql-query-complexity adds the fields of a
// selection, every field returning an entity adds one (src/server/query-cost.ts), and each list
// below multiplies what is under it by the most items it can hold. A list's size comes from its
// argument (a literal, a variable or a variable's default, all coerced by graphql-js) and, when the
// argument is null, from the default its args class declares (src/explore/<query>/args.ts, passed in). Arguments above their
// cap (src/graph/limits.ts) count at the cap: the translator refuses them before any statement runs.
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { LIMITS } from '../graph/limits.js';

/** The server's page sizes, passed to the estimators as their context. */
export interface PageSizes {
  defaultPageSize: number;
  maxPageSize: number;
}

export const DEFAULT_PAGE_SIZES: PageSizes = { defaultPageSize: 20, maxPageSize: 100 };

/** Sources one entity or relationship may cite; linkEntities refuses more. */
export const MAX_SOURCES = LIMITS.sources;

/** Entities `nodes(ids:)` takes at most. */
export const MAX_IDS = LIMITS.ids;

type Estimate = (options: ComplexityEstimatorArgs) => number;

const pagesOf = (context: ComplexityEstimatorArgs['context']): PageSizes =>
  (context as { pages?: PageSizes } | undefined)?.pages ?? DEFAULT_PAGE_SIZES;

/** An integer argument as the resolver will take it: the fallback when absent, within [0, cap]. */
function sized(value: unknown, fallback: number, cap: number): number {
  if (value === undefined || value === null) return Math.min(fallback, cap);
  return typeof value === 'number' && Number.isInteger(value) ? Math.min(Math.max(0, value), cap) : cap;
}

/** A connection or a `first`-limited list: `first`, else `fallback` (the server's default page). */
export const byFirst =
  (fallback?: number): Estimate =>
  ({ args, childComplexity, context }) => {
    const pages = pagesOf(context);
    return sized(args.first, fallback ?? pages.defaultPageSize, pages.maxPageSize) * childComplexity;
  };

/** A fixed most-items list, such as provenance. */
export const atMost =
  (items: number): Estimate =>
  ({ childComplexity }) =>
    items * childComplexity;

/** `nodes(ids:)`: one entity, and its selection, per ID. */
export const byIds: Estimate = ({ args, childComplexity }) =>
  (Array.isArray(args.ids) ? Math.min(args.ids.length, LIMITS.ids) : LIMITS.ids) * (1 + childComplexity);

/**
 * A neighbourhood holds its center and at most `limit` neighbours; the relationships among them are
 * counted at the same size (each with its sources at their cap). Every part of the selection is
 * multiplied by `limit + 1`, since a field's estimate cannot see its parent's arguments.
 */
export const byNeighbourLimit =
  (defaults: { limit: number }): Estimate =>
  ({ args, childComplexity }) =>
    (sized(args.limit, defaults.limit, LIMITS.neighbours) + 1) * childComplexity;

/** Paths: how many (1, k, or the ALL_SHORTEST cap) × the entities and steps of the longest. */
export const byPaths =
  (defaults: { k: number; maxLength: number }): Estimate =>
  ({ args, childComplexity }) => {
    const count =
      args.mode === 'K_PATHS'
        ? sized(args.k, defaults.k, LIMITS.k)
        : args.mode === 'ALL_SHORTEST'
          ? LIMITS.allShortest
          : 1;
    return count * (sized(args.maxLength, defaults.maxLength, LIMITS.pathLength) + 1) * childComplexity;
  };
