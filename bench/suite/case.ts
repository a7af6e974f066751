// A question of the benchmark suite, asked of each of the three systems in its own language, and
// the common form their answers are reduced to before they are compared.

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
  /** When set, each timed request sends this instead of `query`: a text the server has not seen. */
  fresh?: () => string;
}

export interface FloorRequest {
  /** A file of bench/floor/, without `.cypher`. */
  name: string;
  params: Record<string, unknown>;
}

export type System = 'api' | 'neo4jGraphql' | 'floor';
export const SYSTEMS: readonly System[] = ['api', 'neo4jGraphql', 'floor'];

export interface Case {
  name: string;
  title: string;
  api: GraphqlRequest;
  neo4jGraphql: GraphqlRequest;
  floor: FloorRequest;
  /** True when the library answers with Cypher it generates itself (not a `@cypher` field we wrote). */
  libraryWritesCypher?: boolean;
  /** Each system's `data` reduced to the common form; the three must be deeply equal. */
  normalise: Record<System, (data: any) => unknown>;
}

/** Replaces every `{ nodes: [...] }` connection of this API by its plain list of nodes. */
export function unwrapConnections(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapConnections);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  if (entries.length === 1 && entries[0]![0] === 'nodes') return unwrapConnections(entries[0]![1]);
  return Object.fromEntries(entries.map(([k, v]) => [k, unwrapConnections(v)]));
}

export const same = (data: unknown) => data;
