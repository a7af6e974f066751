// Operations that direct execution (src/server/direct/) must answer as ordinary execution does, and
// those it must leave to ordinary execution: what tests/integration/direct-execution.test.ts runs
// through Apollo, and tests/integration/fast-lane.test.ts through the served API's fast lane.
export interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Whether direct execution answers it (false: ordinary execution does). */
  direct: boolean;
}

const ENTITY_FIELDS = 'fragment E on Entity { __typename id key name }';

export const CORPUS: Case[] = [
  {
    name: 'lookup with id and __typename',
    query: '{ organisation(key: "hmic") { id key name kind __typename } }',
    direct: true,
  },
  { name: 'unknown key', query: '{ organisation(key: "no-such-body") { key } }', direct: true },
  {
    name: 'aliases, fragments and fields merged from both',
    query: `query Q { a: organisation(key: "hmic") { ...O name inspects(first: 2) { totalCount } } b: organisation(key: "psni") { key k2: key } }
      fragment O on Organisation { key name inspects(first: 2) { edges { cursor node { key } } pageInfo { hasNextPage endCursor } } }`,
    direct: true,
  },
  {
    name: 'an interface with inline fragments',
    query: `{ entity(key: "hmic") { __typename key ... on Organisation { kind abbreviation inspects { nodes { ...E } } } ... on Entity { name } } } ${ENTITY_FIELDS}`,
    direct: true,
  },
  {
    name: 'variables, defaults and enums',
    query: `query($k: String!, $n: Int = 3) { organisation(key: $k) { basis kind inspects(first: $n) { nodes { key basis } } } }`,
    variables: { k: 'hmic' },
    direct: true,
  },
  {
    name: 'a filtered, ordered page and the next one',
    query: `query($after: String) { recommendations(first: 2, after: $after, orderBy: { by: DEADLINE }) { totalCount pageInfo { hasNextPage endCursor startCursor hasPreviousPage } edges { cursor node { key number text dueBy { nodes { key start } } addressedTo { nodes { key } } } } } }`,
    direct: true,
  },
  {
    // A lone nodes list is its subquery's own value (src/graph/lists/connection.ts), whatever else
    // that needs nothing of the items sits beside it.
    name: 'lone nodes lists, nested, beside __typename and totalCount',
    query: `{ organisation(key: "hmic") { inspects(first: 3) { __typename totalCount nodes { key inspects(first: 2) { t: __typename nodes { __typename key } } } } } }`,
    direct: true,
  },
  {
    name: 'relationship edges with their sources',
    query: `{ document(key: "pr-2009-002") { recommends(first: 3) { edges { relationship { __typename } node { key supportedBy { totalCount } } } } sources { document { key name } } } }`,
    direct: true,
  },
  {
    name: 'node and nodes by global ID, an unknown one among them',
    query: `query($ids: [ID!]!, $one: ID!) { node(id: $one) { id ... on Recommendation { number } } nodes(ids: $ids) { __typename id ... on Organisation { name } } }`,
    direct: true,
  },
  {
    name: 'neighbourhood',
    query: `{ neighbourhood(key: "acpo") { truncated center { ...E } nodes { ...E } relationships { type sources { document { name } } } again: relationships { type } } } ${ENTITY_FIELDS}`,
    direct: true,
  },
  {
    name: 'paths',
    query: `{ paths(from: "psni", to: "prevent", mode: K_PATHS) { length nodes { key } steps { __typename } } }`,
    direct: true,
  },
  {
    name: 'timeline',
    query: '{ timeline(first: 10) { relationship date { key start } entity { ...E } } } ' + ENTITY_FIELDS,
    direct: true,
  },
  {
    name: 'search',
    query: '{ search(text: "prevent delivery", first: 5) { score match entity { ...E } } } ' + ENTITY_FIELDS,
    direct: true,
  },
  { name: 'suggest', query: '{ suggest(prefix: "insp", first: 5) { match entity { key name } } }', direct: true },
  {
    // Nothing selected depends on the concrete type: the maps carry no __typename (projection.ts).
    name: 'interfaces with no field that depends on the concrete type',
    query: `{ entity(key: "hmic") { key name basis sources { excerpt } } timeline(first: 5) { entity { key name } }
      search(text: "prevent", first: 3) { entity { ... on Entity { key } } } }`,
    direct: true,
  },
  { name: 'relationship types', query: '{ relationshipTypes { type count } }', direct: true },
  { name: 'a key that is not one', query: '{ organisation(key: "") { key } }', direct: false },
  { name: 'a cursor that is not one', query: '{ recommendations(after: "nope") { totalCount } }', direct: false },
  { name: 'a page over the cap', query: '{ recommendations(first: 101) { totalCount } }', direct: false },
  {
    name: 'a variable of the wrong type',
    query: 'query($n: Int) { recommendations(first: $n) { totalCount } }',
    variables: { n: 'many' },
    direct: false,
  },
  {
    name: 'null for a non-null argument with a default',
    query: 'query($n: Int! = 2) { recommendations(first: $n) { totalCount } }',
    variables: { n: null },
    direct: false,
  },
  {
    name: 'two roots, one failing',
    query: '{ a: organisation(key: "hmic") { key } b: organisation(key: "") { key } }',
    direct: false,
  },
  { name: '__typename at the root', query: '{ __typename organisation(key: "hmic") { key } }', direct: false },
  {
    name: 'a directive',
    query: 'query($x: Boolean!) { organisation(key: "hmic") { key name @include(if: $x) } }',
    variables: { x: false },
    direct: false,
  },
  {
    name: 'several operations and no name to choose one',
    query: 'query One { organisation(key: "hmic") { key } } query Two { organisation(key: "acpo") { key } }',
    direct: false,
  },
  { name: 'introspection', query: '{ __schema { queryType { name } } }', direct: false },
];
