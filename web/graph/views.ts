// The stage's other views: the timeline (drawn on the canvas, listed in the panel), the
// recommendations table and the source text (which fill the stage in place of the canvas).
import * as api from './api.js';
import type { Canvas } from './canvas.js';
import * as panel from './panel.js';
import { renderRecommendations } from './recommendations.js';
import { renderSource } from './source.js';
import type { ViewState } from './state.js';

const byId = (id: string) => document.getElementById(id)!;

export function createViews(
  canvas: Canvas,
  names: (key: string) => string,
  sourceLink: (excerpt: string) => string,
  refresh: () => void,
) {
  async function timeline(): Promise<string> {
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

  async function recommendations(): Promise<string> {
    const rows = await api.recommendations();
    renderRecommendations(byId('table-view'), rows, sourceLink);
    return `${rows.length} recommendations: sort by a column, filter, or export.`;
  }

  return {
    /** Shows the part of the stage a view uses. */
    set(view: ViewState['view']): void {
      const full = view === 'recommendations' || view === 'source';
      byId('table-view').hidden = view !== 'recommendations';
      byId('source-view').hidden = view !== 'source';
      for (const id of ['graph', 'toolbar']) byId(id).hidden = full;
      if (view !== 'timeline') byId('timeline-list').replaceChildren();
    },
    /** Fills the view in; its message, if it has one to say. */
    async draw(state: ViewState): Promise<string | undefined> {
      if (state.view === 'timeline') return timeline();
      if (state.view === 'recommendations') return recommendations();
      if (state.view === 'source') renderSource(byId('source-view'), state.quote ?? '');
      return undefined;
    },
  };
}
