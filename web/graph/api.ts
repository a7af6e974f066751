// The graph view's questions to the API, through the typed client and the typed operations of
// packages/client/src/operations.ts, reduced to the few shapes the view draws.
import type { GraphPathQuery, GraphRecommendationsQuery } from '../../packages/client/src/generated/graphql.js';
import { createClient } from '../../packages/client/src/index.js';
import {
  GraphNeighbourhood,
  GraphPath,
  GraphRecommendations,
  GraphSearch,
  GraphSuggest,
  GraphTimeline,
} from '../../packages/client/src/operations.js';

// GET with hashes only: cacheable, and accepted by a server in trusted-documents mode.
const client = createClient({
  url: new URL('/graphql', window.location.href).toString(),
  method: 'GET',
  persisted: true,
});

export interface ViewSource {
  excerpt: string;
  document: string;
}
export interface ViewEntity {
  key: string;
  name: string;
  type: string;
  sources: ViewSource[];
}
export interface ViewRelationship {
  /** `from|TYPE|to`: the same relationship gets the same id from a neighbourhood and from a path. */
  id: string;
  type: string;
  from: string;
  to: string;
  sources: ViewSource[];
}
export interface TimelineItem {
  date: ViewEntity;
  start: string;
  relationship: string;
  entity: ViewEntity;
  /** Whom a recommendation that falls due is addressed to. */
  addressees: string[];
  sources: ViewSource[];
}

interface RawEntity {
  __typename: string;
  key: string;
  name: string;
  sources: { excerpt: string; document: { title: string } }[];
}

const sourcesOf = (sources: RawEntity['sources']): ViewSource[] =>
  sources.map((s) => ({ excerpt: s.excerpt, document: s.document.title }));
const entityOf = (e: RawEntity): ViewEntity => ({
  key: e.key,
  name: e.name,
  type: e.__typename,
  sources: sourcesOf(e.sources),
});
const relationshipOf = (from: string, type: string, to: string, sources: RawEntity['sources']): ViewRelationship => ({
  id: `${from}|${type}|${to}`,
  type,
  from,
  to,
  sources: sourcesOf(sources),
});

export async function search(text: string): Promise<ViewEntity[]> {
  const { search: hits } = await client.request(GraphSearch, { text, first: 10 });
  return hits.map((hit) => entityOf(hit.entity));
}

export interface Suggestion {
  match: 'EXACT' | 'PREFIX' | 'WORD' | 'TEXT';
  entity: ViewEntity;
}

/** Typeahead: exact names first, then names starting with the text, then a word of a name. */
export async function suggest(prefix: string): Promise<Suggestion[]> {
  const { suggest: hits } = await client.request(GraphSuggest, { prefix, first: 8 });
  return hits.map((hit) => ({ match: hit.match, entity: entityOf(hit.entity) }));
}

export interface RecommendationRow {
  key: string;
  number: number;
  text: string;
  addressedTo: string[];
  dueBy: string;
  /** ISO start of the deadline, for sorting; '' when there is none. */
  dueStart: string;
  strands: string[];
  report: string;
  excerpt: string;
  document: string;
}

type RawRecommendation = GraphRecommendationsQuery['recommendations']['nodes'][number];

const rowOf = (r: RawRecommendation): RecommendationRow => ({
  key: r.key,
  number: r.number,
  text: r.text,
  addressedTo: r.addressedTo.nodes.map((o) => o.name),
  dueBy: r.dueBy.nodes.map((d) => d.name).join(', '),
  dueStart: r.dueBy.nodes[0]?.start ?? '',
  strands: [...new Set(r.recommendedIn.nodes.flatMap((d) => d.concerns.nodes.map((s) => s.name)))],
  report: r.recommendedIn.nodes.map((d) => d.title).join(', '),
  excerpt: r.sources[0]?.excerpt ?? '',
  document: r.sources[0]?.document.title ?? '',
});

/** Rows asked for at once: a page well under the request's cost limit. */
const RECOMMENDATIONS_PAGE = 50;

/** Every recommendation, however many: the connection read a page at a time, by its cursor. */
export async function recommendations(): Promise<RecommendationRow[]> {
  const rows: RecommendationRow[] = [];
  let after: string | undefined;
  do {
    const { recommendations: page } = await client.request(GraphRecommendations, {
      first: RECOMMENDATIONS_PAGE,
      after,
    });
    rows.push(...page.nodes.map(rowOf));
    after = page.pageInfo.hasNextPage && page.nodes.length ? (page.pageInfo.endCursor ?? undefined) : undefined;
  } while (after);
  return rows;
}

export type Neighbourhood = NonNullable<Awaited<ReturnType<typeof neighbourhood>>>;

export async function neighbourhood(key: string) {
  const { neighbourhood: found } = await client.request(GraphNeighbourhood, { key, depth: 1, limit: 50 });
  if (!found) return undefined;
  return {
    center: entityOf(found.center),
    entities: found.nodes.map(entityOf),
    relationships: found.relationships.map((r) => relationshipOf(r.fromKey, r.type, r.toKey, r.sources)),
    truncated: found.truncated,
  };
}

export type ViewPath = Awaited<ReturnType<typeof paths>>[number];

/** Up to k paths that visit no entity twice, shortest first. */
export async function paths(from: string, to: string, k: number) {
  const { paths: found } = await client.request(GraphPath, { from, to, mode: 'K_PATHS', k, maxLength: 6 });
  return found.map(pathOf);
}

function pathOf(path: GraphPathQuery['paths'][number]) {
  const steps = path.steps.map((step) => {
    // A step walks `from` → `to`; the relationship itself points that way only when the step is OUT.
    const [source, target] = step.direction === 'OUT' ? [step.from.key, step.to.key] : [step.to.key, step.from.key];
    return {
      walk: [step.from.key, step.to.key] as const,
      direction: step.direction,
      relationship: relationshipOf(source, step.type, target, step.sources),
    };
  });
  return { entities: path.nodes.map(entityOf), steps };
}

export async function timeline(): Promise<TimelineItem[]> {
  const { timeline: events } = await client.request(GraphTimeline, { first: 100 });
  return events.map((e) => ({
    date: { key: e.date.key, name: e.date.name, type: 'CalendarDate', sources: [] },
    start: e.date.start,
    relationship: e.relationship,
    entity: entityOf(e.entity),
    addressees: 'addressedTo' in e.entity ? e.entity.addressedTo.nodes.map((o) => o.name) : [],
    sources: sourcesOf(e.sources),
  }));
}
