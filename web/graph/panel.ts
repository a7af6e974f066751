// The side panel: search results, what was clicked (with its provenance), a path step by step, the
// timeline, and a plain list of what is on the canvas (which a screen reader cannot see).
import type { TimelineItem, ViewEntity, ViewRelationship, ViewSource } from './api.js';

type Child = Node | string;

/** A small element builder; text always goes in as text, never as HTML. */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const byId = (id: string) => document.getElementById(id)!;

export function status(text: string, isError = false): void {
  byId('status').textContent = text;
  byId('status').classList.toggle('error', isError);
}

function sources(list: ViewSource[]): HTMLElement[] {
  return list.flatMap((s) => [el('blockquote', { class: 'excerpt' }, `“${s.excerpt}”`), el('p', { class: 'source' }, `Source: ${s.document}`)]);
}

const entityButton = (entity: ViewEntity, onPick: (e: ViewEntity) => void) => {
  const button = el('button', { type: 'button', 'data-key': entity.key }, entity.name, el('span', { class: 'type' }, entity.type));
  button.addEventListener('click', () => onPick(entity));
  return el('li', {}, button);
};

/** Lists search hits to pick from; an empty list clears them. */
export function showResults(hits: ViewEntity[], onPick: (e: ViewEntity) => void): void {
  byId('results').replaceChildren(...(hits.length ? [el('ul', {}, ...hits.map((hit) => entityButton(hit, onPick)))] : []));
}

export function showEntity(entity: ViewEntity): void {
  byId('details').replaceChildren(
    el('h2', {}, entity.name),
    el('p', { class: 'type' }, `${entity.type} · key ${entity.key}`),
    el('h3', {}, 'Stated in'),
    ...sources(entity.sources),
  );
}

export function showRelationship(rel: ViewRelationship, names: (key: string) => string): void {
  byId('details').replaceChildren(
    el('h2', {}, `${names(rel.from)} `, el('span', { class: 'rel' }, `—${rel.type}→`), ` ${names(rel.to)}`),
    el('h3', {}, 'Provenance'),
    ...sources(rel.sources),
  );
}

export interface PathStepView {
  walk: readonly [string, string];
  direction: string;
  relationship: ViewRelationship;
}

export function showPath(steps: PathStepView[], names: (key: string) => string): void {
  const items = steps.map((step) => {
    const arrow = step.direction === 'OUT' ? `—${step.relationship.type}→` : `←${step.relationship.type}—`;
    return el('li', {}, names(step.walk[0]), ' ', el('span', { class: 'rel' }, arrow), ' ', names(step.walk[1]), ...sources(step.relationship.sources));
  });
  const [first] = steps;
  const last = steps.at(-1);
  const title = first && last ? `Path from ${names(first.walk[0])} to ${names(last.walk[1])}` : 'Path';
  byId('details').replaceChildren(el('h2', {}, title), el('ol', { class: 'steps' }, ...items));
}

export function showTimeline(items: TimelineItem[], onPick: (e: ViewEntity) => void): void {
  const rows = items.map((item) => {
    const button = el('button', { type: 'button', class: 'link' }, item.entity.name);
    button.addEventListener('click', () => onPick(item.entity));
    return el('li', {}, el('span', { class: 'date' }, item.date.name), ' ', el('span', { class: 'rel' }, item.relationship), ' ', button, ...sources(item.sources.slice(0, 1)));
  });
  byId('details').replaceChildren(el('h2', {}, 'Timeline'), el('ol', { class: 'timeline' }, ...rows));
}

export function listCanvas(entities: ViewEntity[], onPick: (e: ViewEntity) => void): void {
  const sorted = [...entities].sort((a, b) => a.name.localeCompare(b.name));
  byId('canvas-count').textContent = String(sorted.length);
  byId('canvas-list').replaceChildren(...sorted.map((entity) => entityButton(entity, onPick)));
}
