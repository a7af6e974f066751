// What is drawn, kept in the URL: the entities whose neighbourhoods were drawn (in order), those
// removed since, the selection, the path asked for and which of its paths is shown, and the view.
// Drawing is deterministic (canvas.ts), so replaying a URL gives the same picture; each change is a
// history entry, so Back returns to the picture before it.
export type View = 'graph' | 'timeline' | 'recommendations' | 'source';

export interface ViewState {
  keys: string[];
  removed: string[];
  sel?: string;
  from?: string;
  to?: string;
  path?: number;
  view: View;
  quote?: string;
}

const VIEWS: View[] = ['graph', 'timeline', 'recommendations', 'source'];
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function readState(search = window.location.search): ViewState {
  const q = new URLSearchParams(search);
  const view = q.get('view') as View | null;
  return {
    // `key` is the older single-entity form: /graph?key=hmic
    keys: [...list(q.get('keys')), ...list(q.get('key'))],
    removed: list(q.get('removed')),
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
  if (state.keys.length) q.set('keys', state.keys.join(','));
  if (state.removed.length) q.set('removed', state.removed.join(','));
  if (state.from && state.to) {
    q.set('from', state.from);
    q.set('to', state.to);
    if (state.path) q.set('path', String(state.path));
  }
  if (state.sel) q.set('sel', state.sel);
  if (state.quote) q.set('quote', state.quote);
  const text = q.toString().replace(/%2C/g, ',');
  return `${window.location.pathname}${text ? `?${text}` : ''}`;
}

/** Records a new picture as a history entry (or replaces the current one). */
export function saveState(state: ViewState, replace = false): void {
  const url = urlOf(state);
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}
