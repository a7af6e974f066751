// The graph view: entity boxes with suggestions, neighbourhoods drawn and expanded, relationships and
// their provenance, k paths with a chooser, the recommendations table, the timeline, the source. The
// picture lives in the URL (state.ts); `show` replays a state, so a link or Back redraws it.
import cytoscape from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import * as api from './api.js';
import { createCanvas } from './canvas.js';
import { exportView } from './export.js';
import { renderLegend } from './legend.js';
import { echo, latest, plainError, Superseded } from './messages.js';
import * as panel from './panel.js';
import { renderRecommendations } from './recommendations.js';
import { renderSource } from './source.js';
import { readState, saveState, urlOf, type ViewState } from './state.js';
import { entityBox } from './typeahead.js';

cytoscape.use(cytoscapeSvg);
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const hover = byId('hover');
const canvas = createCanvas(byId('graph'), {
  node: (key) => select(key),
  edge: (id) => showRelationship(id),
  hover(text, x, y) {
    hover.hidden = !text;
    hover.textContent = text ?? '';
    hover.style.transform = `translate(${x + 12}px, ${y + 12}px)`;
  },
});
Object.assign(window, { graphView: canvas }); // for the browser tests and the console

let state: ViewState = readState();
const hidden = new Set<string>();
const names = (key: string) => canvas.entities().find((e) => e.key === key)?.name ?? key;
const sourceLink = (excerpt: string) => urlOf({ ...state, view: 'source', quote: excerpt });
const busyControls = () => [
  ...document.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(
    'header button, header select, #toolbar button, #details button',
  ),
];

function refresh(): void {
  panel.listCanvas(canvas.entities(), (entity) => select(entity.key));
  const entityTypes = [...new Set(canvas.entities().map((e) => e.type))];
  const relTypes = [...new Set(canvas.relationships().map((r) => r.type))];
  renderLegend(byId('legend'), entityTypes, relTypes, hidden, () => canvas.filter(hidden));
  canvas.filter(hidden);
}

/** Runs one user action: controls disabled and aria-busy while it runs, its answer or a plain error after. */
async function act(label: string, work: () => Promise<string | undefined>): Promise<void> {
  const controls = busyControls();
  const focused = document.activeElement as HTMLElement | null;
  controls.forEach((c) => (c.disabled = true));
  document.body.setAttribute('aria-busy', 'true');
  panel.status(`${label}…`);
  try {
    const message = await work();
    if (message) panel.status(message);
  } catch (error) {
    if (error instanceof Superseded) return;
    panel.showResults([], () => {});
    panel.clearDetails();
    panel.status(plainError(error), true);
  } finally {
    controls.forEach((c) => (c.disabled = false));
    document.body.removeAttribute('aria-busy');
    // Focus stays where the user was (a disabled button would otherwise have dropped it).
    const dropped = !document.activeElement || document.activeElement === document.body;
    if (focused && dropped && document.contains(focused)) focused.focus();
  }
}

function setView(view: ViewState['view']): void {
  byId('table-view').hidden = view !== 'recommendations';
  byId('source-view').hidden = view !== 'source';
  for (const id of ['graph', 'toolbar']) byId(id).hidden = view === 'recommendations' || view === 'source';
  if (view !== 'timeline') byId('timeline-list').replaceChildren();
}

function select(key: string): void {
  const entity = canvas.entities().find((e) => e.key === key);
  if (!entity) return;
  canvas.select(key);
  const rels = canvas.relationships().filter((r) => r.from === key || r.to === key);
  panel.showEntity(entity, rels, names, {
    expand: () => void act(`Expanding ${entity.name}`, () => change({ keys: [...state.keys, key], sel: key })),
    remove: () => {
      canvas.remove(key);
      panel.clearDetails();
      afterRemoval([key], `Removed ${entity.name}; Undo puts it back.`);
    },
    collapse: () => {
      const before = new Set(canvas.entities().map((e) => e.key));
      canvas.collapse(key);
      const gone = [...before].filter((k) => !canvas.entities().some((e) => e.key === k));
      afterRemoval(
        gone,
        gone.length
          ? `Collapsed ${gone.length} entities that hung by ${entity.name} alone.`
          : `Nothing hangs by ${entity.name} alone.`,
      );
    },
    relationship: showRelationship,
    link: sourceLink,
  });
  if (state.sel !== key) saveState((state = { ...state, sel: key }));
}

/** Removals change the picture in place, and the URL with them, without drawing it again. */
function afterRemoval(keys: string[], message: string): void {
  saveState(
    (state = {
      ...state,
      removed: [...state.removed, ...keys],
      sel: state.sel && keys.includes(state.sel) ? undefined : state.sel,
    }),
  );
  refresh();
  panel.status(message);
}

function showRelationship(id: string): void {
  const rel = canvas.relationship(id);
  if (rel) panel.showRelationship(rel, names, sourceLink);
  canvas.select(id);
}

const newestDraw = latest();

/** Draws a state from nothing: the neighbourhoods in order, removals, the path, the selection, the view. */
async function show(next: ViewState): Promise<string | undefined> {
  const drawn = await newestDraw(
    Promise.all([
      Promise.all(next.keys.map((k) => api.neighbourhood(k))),
      next.from && next.to ? api.paths(next.from, next.to, 10) : Promise.resolve([]),
    ]),
  );
  state = next;
  setView(next.view);
  canvas.clear();
  canvas.highlight([], []);
  const [hoods, paths] = drawn;
  let message: string | undefined;
  hoods.forEach((found, i) => {
    if (!found) message = `Nothing in the graph has the key ${echo(next.keys[i]!)}.`;
    else canvas.add(found.entities, found.relationships);
  });
  const last = hoods.at(-1);
  if (last && !message)
    message = `${last.center.name}: ${last.entities.length - 1} neighbours, ${last.relationships.length} relationships${last.truncated ? ' (there is more)' : ''}.`;
  if (next.from && next.to) message = drawPaths(paths, next.path ?? 0);
  for (const key of next.removed) canvas.core.getElementById(key).remove();
  refresh();
  if (next.sel) select(next.sel);
  // The table and the source fill the stage; a selection or path from the canvas does not apply there.
  if (next.view === 'recommendations' || next.view === 'source') panel.clearDetails();
  if (next.view === 'timeline') message = await drawTimeline();
  if (next.view === 'recommendations') message = await drawRecommendations();
  if (next.view === 'source') renderSource(byId('source-view'), next.quote ?? '');
  return message;
}

function drawPaths(paths: api.ViewPath[], chosen: number): string {
  const k = Number(byId<HTMLSelectElement>('path-k').value);
  const offered = paths.slice(0, Math.max(k, chosen + 1));
  const path = offered[chosen];
  if (!path) return `No path within 6 steps between ${names(state.from!)} and ${names(state.to!)}.`;
  const rels = path.steps.map((s) => s.relationship);
  canvas.add(path.entities, rels);
  canvas.highlight(
    path.entities.map((e) => e.key),
    rels.map((r) => r.id),
  );
  // Paths not drawn yet still name their entities.
  const known = new Map(offered.flatMap((p) => p.entities.map((e) => [e.key, e.name] as const)));
  const pathNames = (key: string) => known.get(key) ?? names(key);
  panel.showPaths(
    offered.map((p) => p.steps),
    chosen,
    pathNames,
    (i) => void act('Showing the path', () => change({ path: i })),
    sourceLink,
  );
  return `${names(state.from!)} to ${names(state.to!)}: ${offered.length} ${offered.length === 1 ? 'path' : 'paths'}; path ${chosen + 1} has ${path.steps.length} steps.`;
}

async function drawTimeline(): Promise<string> {
  const items = await api.timeline();
  canvas.timeline(items);
  panel.showTimeline(items, (item) => {
    canvas.select(item.entity.key);
    const rel = canvas.relationship(`${item.entity.key}|${item.relationship}|${item.date.key}`);
    if (rel) panel.showRelationship(rel, names, sourceLink);
  });
  refresh();
  return `${items.length} dated events on a time axis, earliest on the left.`;
}

async function drawRecommendations(): Promise<string> {
  const rows = await api.recommendations();
  renderRecommendations(byId('table-view'), rows, sourceLink);
  return `${rows.length} recommendations: sort by a column, filter, or export.`;
}

/** A change to the picture: a new history entry, then the picture redrawn from it. */
async function change(patch: Partial<ViewState>): Promise<string | undefined> {
  const next = { ...state, ...patch };
  saveState(next);
  return show(next);
}

const say = (text: string, isError = false) => panel.status(text, isError);
/** Draws one entity afresh: its neighbourhood alone, selected, with no path. */
const drawEntity = (entity: { key: string; name: string }) =>
  void act(`Drawing ${entity.name}`, () =>
    change({
      view: 'graph',
      keys: [entity.key],
      removed: [],
      sel: entity.key,
      from: undefined,
      to: undefined,
      path: undefined,
    }),
  );
const search = entityBox(byId<HTMLInputElement>('search'), {
  pick: (entity) => drawEntity(entity),
  say,
});
const from = entityBox(byId<HTMLInputElement>('path-from'), { pick: () => {}, say });
const to = entityBox(byId<HTMLInputElement>('path-to'), { pick: () => {}, say });
const newestSearch = latest();

byId('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = search.input.value;
  void act(`Searching ${echo(text)}`, async () => {
    const hits = await newestSearch(api.search(text));
    panel.showResults(hits, (entity) => {
      panel.showResults([], () => {});
      search.set(entity);
      search.input.focus();
      drawEntity(entity);
    });
    return hits.length
      ? `${hits.length} ${hits.length === 1 ? 'match' : 'matches'} for ${echo(text)}, exact names first: pick one to draw it.`
      : `Nothing in the graph matches ${echo(text)}.`;
  });
});

byId('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void act('Finding paths', async () => {
    const a = await from.resolve();
    if (!a) return undefined;
    const b = await to.resolve();
    if (!b) return undefined;
    return change({ view: 'graph', from: a.key, to: b.key, path: 0, keys: state.view === 'graph' ? state.keys : [] });
  });
});
byId('path-k').addEventListener('change', () => state.from && void act('Finding paths', () => show(state)));
byId('timeline-button').addEventListener(
  'click',
  () => void act('Loading the timeline', () => change({ view: 'timeline' })),
);
byId('recommendations-button').addEventListener(
  'click',
  () => void act('Loading the recommendations', () => change({ view: 'recommendations' })),
);
byId('fit').addEventListener('click', () => canvas.fit());
byId('zoom-in').addEventListener('click', () => canvas.zoom(1.25));
byId('zoom-out').addEventListener('click', () => canvas.zoom(0.8));
byId('undo').addEventListener('click', () => {
  if (!canvas.undo()) return panel.status('Nothing to undo.');
  const present = new Set(canvas.entities().map((e) => e.key));
  saveState((state = { ...state, removed: state.removed.filter((k) => !present.has(k)) }));
  refresh();
  panel.status('Undone.');
});
const snapshot = () => ({
  url: window.location.href,
  entities: canvas.entities(),
  relationships: canvas.relationships(),
});
for (const format of ['png', 'svg', 'json'] as const)
  byId(`export-${format}`).addEventListener('click', () => exportView(canvas.core, format, snapshot));
// Links into the source open in the page, as a history entry.
document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest?.('a.in-source') as HTMLAnchorElement | null;
  if (!link) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  void act('Opening the source', () => show(readState()));
});
window.addEventListener('popstate', () => void act('Going back', () => show(readState())));

if (state.keys.length || state.from || state.view !== 'graph') void act('Drawing the saved view', () => show(state));
