// What is drawn, kept in the URL: the steps that made the drawing, in order (a neighbourhood drawn or
// expanded, or entities removed at once by Remove or Collapse), the selection, the path asked for
// and which of its paths is shown, and the view. Drawing is deterministic (canvas.ts) and the
// picture is always a replay of these steps (scene.ts), so a link gives the same picture, and Undo
// (the last step taken back) works the same on a picture drawn live and on one a link reopened.
// Each change, an undo included, is a history entry: Back returns to the picture before it.
//
//   /graph?keys=hmic,psni,~soca,~cps~acpo&sel=psni
//
// draws HMIC's neighbourhood, then PSNI's, then removes SOCA, then CPS and ACPO (one collapse).
// `key=` (one entity) and `removed=` are older forms, still read.
export type View = 'graph' | 'timeline' | 'recommendations' | 'source';

export type Step = { expand: string } | { remove: string[] };

export interface ViewState {
  steps: Step[];
  sel?: string;
  from?: string;
  to?: string;
  path?: number;
  view: View;
  quote?: string;
}

const VIEWS: View[] = ['graph', 'timeline', 'recommendations', 'source'];
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
// Entity keys are [a-z0-9-]: a `~` cannot start or sit inside one.
const REMOVED = '~';

const stepOf = (token: string): Step | undefined => {
  if (!token.startsWith(REMOVED)) return { expand: token };
  const keys = token.split(REMOVED).filter(Boolean);
  return keys.length ? { remove: keys } : undefined;
};
const tokenOf = (step: Step) => ('expand' in step ? step.expand : REMOVED + step.remove.join(REMOVED));

/** The entities whose neighbourhoods the steps draw, in order. */
export const expanded = (steps: Step[]) => steps.flatMap((s) => ('expand' in s ? [s.expand] : []));

export function readState(search = window.location.search): ViewState {
  const q = new URLSearchParams(search);
  const view = q.get('view') as View | null;
  const steps = [...list(q.get('keys')), ...list(q.get('key'))].flatMap((t) => stepOf(t) ?? []);
  for (const key of list(q.get('removed'))) steps.push({ remove: [key] });
  return {
    steps,
    sel: q.get('sel') ?? undefined,
    from: q.get('from') ?? undefined,
    to: q.get('to') ?? undefined,
    path: q.get('path') ? Number(q.get('path')) : undefined,
    view: view && VIEWS.includes(view) ? view : 'graph',
    quote: q.get('quote') ?? undefined,
  };
}

export function urlOf(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.view !== 'graph') q.set('view', state.view);
  if (state.steps.length) q.set('keys', state.steps.map(tokenOf).join(','));
  if (state.from && state.to) {
    q.set('from', state.from);
    q.set('to', state.to);
    if (state.path) q.set('path', String(state.path));
  }
  if (state.sel) q.set('sel', state.sel);
  if (state.quote) q.set('quote', state.quote);
  const text = q.toString().replace(/%2C/g, ',').replace(/%7E/gi, REMOVED);
  return `${window.location.pathname}${text ? `?${text}` : ''}`;
}

/** Records a new picture as a history entry (or replaces the current one). */
export function saveState(state: ViewState, replace = false): void {
  const url = urlOf(state);
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}
