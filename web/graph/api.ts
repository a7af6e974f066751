// The graph view's questions to the API, through the typed client and the typed operations of
// packages/client/src/operations.ts, reduced to the few shapes the view draws.
import { createClient } from '../../packages/client/src/index.js';
import { EntityByKey, GraphNeighbourhood, GraphPath, GraphSearch, GraphTimeline } from '../../packages/client/src/operations.js';

// GET with hashes only: cacheable, and accepted by a server in trusted-documents mode.
const client = createClient({ url: new URL('/graphql', window.location.href).toString(), method: 'GET', persisted: true });

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
  sources: ViewSource[];
}

interface RawEntity {
  __typename: string;
  key: string;
  name: string;
  sources: { excerpt: string; document: { title: string } }[];
}

const sourcesOf = (sources: RawEntity['sources']): ViewSource[] => sources.map((s) => ({ excerpt: s.excerpt, document: s.document.title }));
const entityOf = (e: RawEntity): ViewEntity => ({ key: e.key, name: e.name, type: e.__typename, sources: sourcesOf(e.sources) });
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

/** Keys are typed as they are (`psni`); anything else is looked up by name and its best match taken. */
export async function resolveKey(text: string): Promise<ViewEntity | undefined> {
  const trimmed = text.trim();
  if (/^[a-z0-9][a-z0-9-]*$/.test(trimmed)) {
    const { entity } = await client.request(EntityByKey, { key: trimmed });
    if (entity) return entityOf(entity);
  }
  return (await search(trimmed))[0];
}

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

export async function shortestPath(from: string, to: string) {
  const { paths } = await client.request(GraphPath, { from, to, mode: 'SHORTEST', maxLength: 6 });
  const path = paths[0];
  if (!path) return undefined;
  const steps = path.steps.map((step) => {
    // A step walks `from` → `to`; the relationship itself points that way only when the step is OUT.
    const [source, target] = step.direction === 'OUT' ? [step.from.key, step.to.key] : [step.to.key, step.from.key];
    return { walk: [step.from.key, step.to.key] as const, direction: step.direction, relationship: relationshipOf(source, step.type, target, step.sources) };
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
    sources: sourcesOf(e.sources),
  }));
}
