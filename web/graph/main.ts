// The graph view: entity boxes with suggestions, neighbourhoods drawn and expanded, relationships and
// their provenance, k paths with a chooser, the recommendations table, the timeline, the source.
// This file wires the page's controls; the picture itself is the scene (scene.ts), replayed from the
// URL (state.ts), so a link or Back redraws it.
import cytoscape from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import * as api from './api.js';
import { act } from './busy.js';
import { createCanvas } from './canvas.js';
import { exportView } from './export.js';
import { renderLegend } from './legend.js';
import { echo, latest } from './messages.js';
import * as panel from './panel.js';
import { createScene } from './scene.js';
import { entityBox } from './typeahead.js';

cytoscape.use(cytoscapeSvg);
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const hover = byId('hover');
const canvas = createCanvas(byId('graph'), {
  node: (key) => scene.select(key),
  edge: (id) => scene.showRelationship(id),
  hover(text, x, y) {
    hover.hidden = !text;
    hover.textContent = text ?? '';
    hover.style.transform = `translate(${x + 12}px, ${y + 12}px)`;
  },
});
Object.assign(window, { graphView: canvas }); // for the browser tests and the console

const hidden = new Set<string>();
/** The panel's list of what is drawn, and the legend of the types drawn. */
function refresh(): void {
  panel.listCanvas(canvas.entities(), (entity) => scene.select(entity.key, true));
  const entityTypes = [...new Set(canvas.entities().map((e) => e.type))];
  const relTypes = [...new Set(canvas.relationships().map((r) => r.type))];
  renderLegend(byId('legend'), entityTypes, relTypes, hidden, () => canvas.filter(hidden));
  canvas.filter(hidden);
}
const scene = createScene(canvas, refresh);

const say = (text: string, isError = false) => panel.status(text, isError);
const search = entityBox(byId<HTMLInputElement>('search'), { pick: (entity) => scene.drawEntity(entity), say });
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
      scene.drawEntity(entity);
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
    const steps = scene.state.view === 'graph' ? scene.state.steps : [];
    return scene.change({ view: 'graph', from: a.key, to: b.key, path: 0, steps });
  });
});
byId('path-k').addEventListener('change', () => {
  if (scene.state.from) void act('Finding paths', () => scene.show(scene.state));
});
byId('timeline-button').addEventListener(
  'click',
  () => void act('Loading the timeline', () => scene.change({ view: 'timeline' })),
);
byId('recommendations-button').addEventListener(
  'click',
  () => void act('Loading the recommendations', () => scene.change({ view: 'recommendations' })),
);
byId('fit').addEventListener('click', () => canvas.fit());
byId('zoom-in').addEventListener('click', () => canvas.zoom(1.25));
byId('zoom-out').addEventListener('click', () => canvas.zoom(0.8));
byId('undo').addEventListener('click', () => void act('Undoing', () => scene.undo()));
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
  void act('Opening the source', scene.showCurrent);
});
window.addEventListener('popstate', () => void act('Going back', scene.showCurrent));

const opened = scene.state;
if (opened.steps.length || opened.from || opened.view !== 'graph')
  void act('Drawing the saved view', scene.showCurrent);
