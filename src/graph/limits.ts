// Every cap on what one read may ask for, in one table with its defaults. Variable-length patterns grow
// with the degree of every node they cross, so the caps keep the worst case of a single request small
// on any graph. The configuration module (src/config.ts) calls configureLimits() once at start-up with
// what the environment sets; nothing here reads the environment. The page size cap stays with the
// server's Translator (MAX_PAGE_SIZE), since each server may run with its own.
export interface GraphLimits {
  /** Hops from the center of a neighbourhood. */
  depth: number;
  /** Nodes of a neighbourhood besides its center. */
  neighbours: number;
  /** Relationships on a path (GRAPHQL_MAX_PATH_LENGTH). */
  pathLength: number;
  /** Paths in K_PATHS mode. */
  k: number;
  /** Paths returned in ALL_SHORTEST mode, where there may be many of equal length. */
  allShortest: number;
  /** Characters of a search text or typeahead prefix. */
  searchText: number;
  /** Words of a search text. */
  searchWords: number;
  /** Suggestions one typeahead request returns. */
  suggestions: number;
  /** Entities `nodes(ids:)` takes. */
  ids: number;
  /** Sources one entity or relationship may cite; linkEntities refuses more. */
  sources: number;
}

export const DEFAULT_GRAPH_LIMITS: Readonly<GraphLimits> = Object.freeze({
  depth: 3,
  neighbours: 200,
  pathLength: 6,
  k: 10,
  allShortest: 100,
  searchText: 200,
  searchWords: 16,
  suggestions: 20,
  ids: 100,
  sources: 10,
});

/** The caps in force: the defaults until configureLimits() changes them. */
export const LIMITS: Readonly<GraphLimits> = { ...DEFAULT_GRAPH_LIMITS };

let generation = 0;

/** Changes each time configureLimits runs: statements built under other caps are not reused. */
export const limitsGeneration = (): number => generation;

/** Sets the caps the configuration gives (at start-up, before any request); the rest keep their defaults. */
export function configureLimits(partial: Partial<GraphLimits>): void {
  generation++;
  for (const [name, value] of Object.entries(partial) as [keyof GraphLimits, number | undefined][]) {
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`limit ${name} must be a positive integer, not ${value}`);
    (LIMITS as GraphLimits)[name] = value;
  }
}
