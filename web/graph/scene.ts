// The picture: a view state (state.ts) replayed onto the canvas. Every change to the drawing (a
// neighbourhood, Expand, Remove, Collapse, Undo, a path) becomes a new state, a history entry, and
// the picture is drawn again from it, so what a link or Back shows is what was shown live. Removed
// entities are taken off last, after everything is placed: a removal never moves what stays, and
// taking it back (Undo) puts the picture back exactly as it was.
import * as api from './api.js';
import { act } from './busy.js';
import type { Canvas } from './canvas.js';
import { echo, latest } from './messages.js';
import * as panel from './panel.js';
import { expanded, readState, saveState, urlOf, type ViewState } from './state.js';
import { createViews } from './views.js';

export type Scene = ReturnType<typeof createScene>;

export function createScene(canvas: Canvas, refresh: () => void) {
  let state: ViewState = readState();
  const names = (key: string) => canvas.entities().find((e) => e.key === key)?.name ?? key;
  const sourceLink = (excerpt: string) => urlOf({ ...state, view: 'source', quote: excerpt });
  const views = createViews(canvas, names, sourceLink, refresh);
  // Answers already fetched: a removal, an undo or Back redraws without asking again. A picture
  // drawn afresh from a search empties it, so that it shows the graph as it is now.
  const fetched = new Map<string, Promise<unknown>>();
  const once = <T>(id: string, ask: () => Promise<T>): Promise<T> => {
    let answer = fetched.get(id) as Promise<T> | undefined;
    if (!answer) {
      answer = ask();
      fetched.set(id, answer);
      // A failed answer is not kept: the next draw asks again.
      answer.catch(() => fetched.delete(id));
    }
    return answer;
  };
  const newestDraw = latest();

  /** Draws a state from nothing: the steps in order, the path, the removals, the selection, the view. */
  async function show(next: ViewState): Promise<string | undefined> {
    const keys = expanded(next.steps);
    const [hoods, paths] = await newestDraw(
      Promise.all([
        Promise.all(keys.map((k) => once(`n:${k}`, () => api.neighbourhood(k)))),
        next.from && next.to ? once(`p:${next.from}:${next.to}`, () => api.paths(next.from!, next.to!, 10)) : [],
      ]),
    );
    state = next;
    views.set(next.view);
    canvas.clear();
    canvas.highlight([], []);
    panel.clearDetails();
    let missing: string | undefined;
    let last: api.Neighbourhood | undefined;
    const removed = new Set<string>();
    for (const step of next.steps) {
      if ('remove' in step) {
        for (const key of step.remove) removed.add(key);
        continue;
      }
      const found = hoods[keys.indexOf(step.expand)];
      if (!found) {
        missing = `Nothing in the graph has the key ${echo(step.expand)}.`;
        continue;
      }
      canvas.add(found.entities, found.relationships);
      // A neighbourhood drawn after a removal brings its entities back, as it would have live.
      for (const entity of found.entities) removed.delete(entity.key);
      last = found;
    }
    let message =
      missing ??
      (last &&
        `${last.center.name}: ${last.entities.length - 1} neighbours, ${last.relationships.length} relationships${last.truncated ? ' (there is more)' : ''}.`);
    if (next.from && next.to) message = drawPaths(paths, next.path ?? 0);
    canvas.remove([...removed]);
    refresh();
    if (next.sel) select(next.sel);
    // The table and the source fill the stage; a selection or path from the canvas does not apply there.
    if (next.view === 'recommendations' || next.view === 'source') panel.clearDetails();
    return (await views.draw(next)) ?? message;
  }

  function drawPaths(paths: api.ViewPath[], chosen: number): string {
    const k = Number((document.getElementById('path-k') as HTMLSelectElement).value);
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

  /** A change to the picture: a new history entry, then the picture redrawn from it. */
  async function change(patch: Partial<ViewState>): Promise<string | undefined> {
    const next = { ...state, ...patch };
    saveState(next);
    return show(next);
  }

  /** Shows an entity in the panel; `focus` moves the keyboard there (a pick from the panel's list). */
  function select(key: string, focus = false): void {
    const entity = canvas.entities().find((e) => e.key === key);
    if (!entity) return;
    canvas.select(key);
    const rels = canvas.relationships().filter((r) => r.from === key || r.to === key);
    const removing = (keys: string[], message: string) => async () => {
      await change({ steps: [...state.steps, { remove: keys }], sel: keys.includes(key) ? undefined : key });
      return message;
    };
    panel.showEntity(entity, rels, names, {
      expand: () =>
        void act(`Expanding ${entity.name}`, () => change({ steps: [...state.steps, { expand: key }], sel: key })),
      remove: () =>
        void act(`Removing ${entity.name}`, removing([key], `Removed ${entity.name}; Undo puts it back.`), '#undo'),
      collapse: () => {
        const leaves = canvas.leaves(key);
        if (!leaves.length) return panel.status(`Nothing hangs by ${entity.name} alone.`);
        const message = `Collapsed ${leaves.length} ${leaves.length === 1 ? 'entity' : 'entities'} that hung by ${entity.name} alone; Undo puts them back.`;
        void act(`Collapsing ${entity.name}`, removing(leaves, message), '#undo');
      },
      relationship: showRelationship,
      link: sourceLink,
    });
    if (focus) document.querySelector<HTMLElement>('#details h2')?.focus();
    if (state.sel !== key) saveState((state = { ...state, sel: key }));
  }

  function showRelationship(id: string): void {
    const rel = canvas.relationship(id);
    if (rel) panel.showRelationship(rel, names, sourceLink);
    canvas.select(id);
  }

  /** Takes back the last step (an Expand, a Remove or a Collapse) as a new picture: Back undoes the undo. */
  async function undo(): Promise<string> {
    const last = state.steps.at(-1);
    if (state.view !== 'graph') return 'Undo works on the graph: open it with an entity first.';
    if (!last || state.steps.length < 2) return 'Nothing to undo: this is the drawing as first drawn.';
    const what = 'expand' in last ? `the expansion of ${names(last.expand)}` : undefined;
    await change({ steps: state.steps.slice(0, -1) });
    if (what) return `Undone: ${what}.`;
    const back = 'remove' in last ? last.remove.map(names) : [];
    return `Undone: ${back.length === 1 ? `${back[0]} is` : `${back.length} entities are`} back.`;
  }

  /** Draws one entity afresh: its neighbourhood alone, selected, with no path, from fresh answers. */
  function drawEntity(entity: { key: string; name: string }): void {
    fetched.clear();
    const fresh: ViewState = { view: 'graph', steps: [{ expand: entity.key }], sel: entity.key };
    void act(`Drawing ${entity.name}`, () => change({ ...fresh, from: undefined, to: undefined, path: undefined }));
  }

  return {
    get state() {
      return state;
    },
    show,
    change,
    select,
    showRelationship,
    undo,
    drawEntity,
    /** The picture the URL holds now (after Back, or a link followed in the page). */
    showCurrent: () => show(readState()),
  };
}
