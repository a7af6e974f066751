// The side panel: search results, what was clicked (with its provenance and, for an entity, its
// relationships on the canvas, each reachable by keyboard), the paths found with a chooser, the
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
const button = (label: string, onClick: () => void, attrs: Record<string, string> = {}) => {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
};

export function status(text: string, isError = false): void {
  byId('status').textContent = text;
  byId('status').classList.toggle('error', isError);
}

function sources(list: ViewSource[], link: (excerpt: string) => string): HTMLElement[] {
  return list.flatMap((s) => [
    el('blockquote', { class: 'excerpt' }, `“${s.excerpt}”`),
    el('p', { class: 'source' }, 'Source: ', el('a', { href: link(s.excerpt), class: 'in-source' }, s.document)),
  ]);
}

const entityButton = (entity: ViewEntity, onPick: (e: ViewEntity) => void) => {
  const b = el(
    'button',
    { type: 'button', 'data-key': entity.key },
    entity.name,
    el('span', { class: 'type' }, entity.type),
  );
  b.addEventListener('click', () => onPick(entity));
  return el('li', {}, b);
};

/** Lists search hits to pick from; an empty list clears them. */
export function showResults(hits: ViewEntity[], onPick: (e: ViewEntity) => void): void {
  byId('results').replaceChildren(
    ...(hits.length ? [el('ul', {}, ...hits.map((hit) => entityButton(hit, onPick)))] : []),
  );
}

export const clearDetails = () => byId('details').replaceChildren();

export interface EntityActions {
  expand(): void;
  remove(): void;
  collapse(): void;
  relationship(id: string): void;
  link(excerpt: string): string;
}

export function showEntity(
  entity: ViewEntity,
  rels: ViewRelationship[],
  names: (key: string) => string,
  act: EntityActions,
): void {
  const relItems = rels.map((r) =>
    el(
      'li',
      {},
      button(`${names(r.from)} —${r.type}→ ${names(r.to)}`, () => act.relationship(r.id), {
        class: 'link',
        'data-rel': r.id,
      }),
    ),
  );
  byId('details').replaceChildren(
    el('h2', { tabindex: '-1' }, entity.name),
    el('p', { class: 'type' }, `${entity.type} · key ${entity.key}`),
    el(
      'div',
      { class: 'actions' },
      button('Expand', act.expand),
      button('Collapse', act.collapse),
      button('Remove', act.remove),
    ),
    el('h3', {}, 'Stated in'),
    ...sources(entity.sources, act.link),
    ...(relItems.length
      ? [el('h3', {}, `Relationships on the canvas (${relItems.length})`), el('ul', { class: 'rels' }, ...relItems)]
      : []),
  );
}

export function showRelationship(
  rel: ViewRelationship,
  names: (key: string) => string,
  link: (excerpt: string) => string,
): void {
  byId('details').replaceChildren(
    el('h2', {}, `${names(rel.from)} `, el('span', { class: 'rel' }, `—${rel.type}→`), ` ${names(rel.to)}`),
    el('h3', {}, 'Provenance'),
    ...sources(rel.sources, link),
  );
}

export interface PathStepView {
  walk: readonly [string, string];
  direction: string;
  relationship: ViewRelationship;
}

/** The paths found, as a chooser, and the chosen one step by step with each step's excerpt. */
export function showPaths(
  paths: PathStepView[][],
  chosen: number,
  names: (key: string) => string,
  onChoose: (index: number) => void,
  link: (excerpt: string) => string,
): void {
  const steps = paths[chosen] ?? [];
  const chooser = paths.map((p, i) => {
    const via = p
      .slice(0, -1)
      .map((s) => `${s.relationship.type} ${names(s.walk[1])}`)
      .join(', ');
    const b = button(
      `Path ${i + 1}: ${p.length} ${p.length === 1 ? 'step' : 'steps'}${via ? ` via ${via}` : ''}`,
      () => onChoose(i),
      { 'aria-pressed': String(i === chosen), 'data-path': String(i) },
    );
    return el('li', {}, b);
  });
  const items = steps.map((step) => {
    const arrow = step.direction === 'OUT' ? `—${step.relationship.type}→` : `←${step.relationship.type}—`;
    return el(
      'li',
      {},
      names(step.walk[0]),
      ' ',
      el('span', { class: 'rel' }, arrow),
      ' ',
      names(step.walk[1]),
      ...sources(step.relationship.sources, link),
    );
  });
  const [first] = steps;
  const last = steps.at(-1);
  const title = first && last ? `Path from ${names(first.walk[0])} to ${names(last.walk[1])}` : 'Path';
  byId('details').replaceChildren(
    el('h2', {}, title),
    ...(paths.length > 1
      ? [el('h3', {}, `${paths.length} paths, shortest first`), el('ul', { class: 'chooser' }, ...chooser)]
      : []),
    el('ol', { class: 'steps' }, ...items),
  );
}

export function showTimeline(items: TimelineItem[], onPick: (item: TimelineItem) => void): void {
  const rows = items.map((item) => {
    const b = el('button', { type: 'button', class: 'link', 'data-key': item.entity.key }, item.entity.name);
    b.addEventListener('click', () => onPick(item));
    const to = item.addressees.length ? [' to ', el('strong', {}, item.addressees.join(', '))] : [];
    return el(
      'li',
      {},
      el('span', { class: 'date' }, item.date.name),
      ' ',
      el('span', { class: 'rel' }, item.relationship),
      ' ',
      b,
      ...to,
    );
  });
  byId('timeline-list').replaceChildren(el('h2', {}, 'Timeline'), el('ol', { class: 'timeline' }, ...rows));
}

export function listCanvas(entities: ViewEntity[], onPick: (e: ViewEntity) => void): void {
  const sorted = [...entities].sort((a, b) => a.name.localeCompare(b.name));
  byId('canvas-count').textContent = String(sorted.length);
  byId('canvas-list').replaceChildren(...sorted.map((entity) => entityButton(entity, onPick)));
}
