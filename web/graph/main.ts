// The graph view: search an entity and draw its neighbourhood; click a node to expand it and read
// its sources, a relationship to read the excerpt that states it; find the path between two
// entities; lay dated events out as a timeline.
import { GraphQLRequestError } from '../../packages/client/src/index.js';
import * as api from './api.js';
import { createCanvas } from './canvas.js';
import * as panel from './panel.js';

const canvas = createCanvas(document.getElementById('graph')!, { node: expand, edge: showRelationship });
// For the browser tests and for anyone poking at the view from the console.
Object.assign(window, { graphView: canvas });

const names = (key: string) => canvas.entities().find((e) => e.key === key)?.name ?? key;
const refreshList = () => panel.listCanvas(canvas.entities(), (entity) => expand(entity.key));

/** Runs one user action, reporting progress and any error (with its code) in the status line. */
async function act(label: string, work: () => Promise<string>): Promise<void> {
  panel.status(`${label}…`);
  try {
    panel.status(await work());
  } catch (error) {
    const codes = error instanceof GraphQLRequestError ? ` (${error.codes.join(', ')})` : '';
    panel.status(`${label} failed${codes}: ${error instanceof Error ? error.message : String(error)}`, true);
  }
}

async function draw(key: string, replace: boolean): Promise<string> {
  const found = await api.neighbourhood(key);
  if (!found) return `No entity has the key ${key}.`;
  if (replace) canvas.clear();
  canvas.highlight([], []);
  canvas.add(found.entities, found.relationships);
  canvas.select(found.center.key);
  panel.showEntity(found.center);
  refreshList();
  const more = found.truncated ? ' (truncated: there is more)' : '';
  return `${found.center.name}: ${found.entities.length - 1} neighbours, ${found.relationships.length} relationships${more}.`;
}

function expand(key: string): void {
  void act(`Expanding ${names(key)}`, () => draw(key, false));
}

function showRelationship(id: string): void {
  const rel = canvas.relationship(id);
  if (rel) panel.showRelationship(rel, names);
}

document.getElementById('search-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = (document.getElementById('search') as HTMLInputElement).value.trim();
  if (!text) return;
  void act(`Searching “${text}”`, async () => {
    const hits = await api.search(text);
    panel.showResults(hits, (entity) => {
      panel.showResults([], () => {}); // the pick is made; the panel makes room for its details
      void act(`Drawing ${entity.name}`, () => draw(entity.key, true));
    });
    return `${hits.length} ${hits.length === 1 ? 'match' : 'matches'} for “${text}”: pick one to draw it.`;
  });
});

document.getElementById('path-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const fromText = (document.getElementById('path-from') as HTMLInputElement).value;
  const toText = (document.getElementById('path-to') as HTMLInputElement).value;
  void act('Finding a path', async () => {
    const [from, to] = await Promise.all([api.resolveKey(fromText), api.resolveKey(toText)]);
    if (!from || !to) return `Nothing matches “${from ? toText : fromText}”.`;
    const path = await api.shortestPath(from.key, to.key);
    if (!path) return `No path between ${from.name} and ${to.name} within 6 steps.`;
    const relationships = path.steps.map((s) => s.relationship);
    canvas.add(path.entities, relationships);
    canvas.highlight(path.entities.map((e) => e.key), relationships.map((r) => r.id));
    panel.showPath(path.steps, names);
    refreshList();
    return `${from.name} to ${to.name}: ${path.steps.length} steps.`;
  });
});

document.getElementById('timeline-button')!.addEventListener('click', () => {
  void act('Loading the timeline', async () => {
    const items = await api.timeline();
    canvas.timeline(items);
    panel.showTimeline(items, (entity) => expand(entity.key));
    refreshList();
    return `${items.length} dated events, earliest first.`;
  });
});

// A link may name an entity to open on: /graph?key=hmic
const initial = new URLSearchParams(window.location.search).get('key');
if (initial) void act(`Drawing ${initial}`, () => draw(initial, true));
