// The drawing: cytoscape.js holds the entities and relationships on screen, merges what each
// neighbourhood or path adds, and reports clicks. It knows nothing of GraphQL (see api.ts).
// Placed nodes stay where they are: only what is new is laid out, around what is there, and the
// same additions in the same order give the same picture (no randomness), so a link redraws it.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { GRAPH_STYLE } from './graph-style.js';
import type { TimelineItem, ViewEntity, ViewRelationship } from './api.js';
import { timelineElements } from './timeline-layout.js';

export interface Canvas {
  /** Adds entities and relationships (keeping what is there); returns how many nodes were new. */
  add(entities: ViewEntity[], relationships: ViewRelationship[]): number;
  clear(): void;
  /** Replaces the drawing with dated events on a time axis. */
  timeline(items: TimelineItem[]): void;
  /** Marks these entities and relationships as a path, dimming the rest; empty lists clear it. */
  highlight(keys: string[], relationshipIds: string[]): void;
  select(id: string): void;
  /** Takes entities (and their relationships) off the drawing; what stays does not move. */
  remove(keys: string[]): void;
  /** The neighbours of an entity that hang by it alone: what Collapse removes. */
  leaves(key: string): string[];
  /** Hides entity and relationship types that are switched off. */
  filter(hiddenTypes: Set<string>): void;
  zoom(factor: number): void;
  fit(): void;
  entities(): ViewEntity[];
  relationships(): ViewRelationship[];
  relationship(id: string): ViewRelationship | undefined;
  core: Core;
}

/** The smallest zoom a drawing opens at: node labels of about 10 px, relationship labels of 8 (drawn from 8). */
const MIN_DRAWING_ZOOM = 0.8;
/** The smallest zoom the timeline opens at: its labels stay about 9 px or more. */
const MIN_TIMELINE_ZOOM = 0.75;

/** A fixed spot around an anchor for the n-th new neighbour: no randomness, so pictures repeat. */
const around = (x: number, y: number, n: number) => ({
  x: x + 140 * Math.cos(n * 2.4),
  y: y + 140 * Math.sin(n * 2.4),
});

export function createCanvas(
  container: HTMLElement,
  on: { node(key: string): void; edge(id: string): void; hover(text: string | undefined, x: number, y: number): void },
): Canvas {
  const cy = cytoscape({ container, wheelSensitivity: 0.3, maxZoom: 2.5, minZoom: 0.2, style: GRAPH_STYLE });
  cy.on('tap', 'node', (event) => on.node(event.target.id()));
  cy.on('tap', 'edge', (event) => on.edge(event.target.id()));
  cy.on('mouseover', 'node, edge', (event) => {
    const t = event.target;
    if (t.hasClass('axis')) return;
    const text = t.isNode()
      ? `${t.data('entity').name} · ${t.data('entity').type}`
      : `${t.source().data('label')} —${t.data('type')}→ ${t.target().data('label')}`;
    on.hover(text, event.renderedPosition.x, event.renderedPosition.y);
  });
  cy.on('mouseout', 'node, edge', () => on.hover(undefined, 0, 0));
  function place(added: cytoscape.CollectionReturnValue): void {
    const old = cy.nodes().difference(added);
    added.nodes().forEach((node, i) => {
      const anchor = node.neighborhood('node').difference(added).nodes().first();
      const centre = anchor.empty() ? { x: 0, y: 0 } : anchor.position();
      node.position(around(centre.x, centre.y, i + (anchor.empty() ? 0 : anchor.degree(false))));
    });
    if (added.nodes().empty()) return;
    // cose moves only unlocked nodes: what was placed before stays exactly where it was.
    old.lock();
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 120,
      nodeOverlap: 30,
      padding: 40,
      fit: old.empty(),
    }).run();
    old.unlock();
    // The view moves only when something new would be out of sight.
    const box = cy.extent();
    const outside = added.nodes().some((n) => {
      const p = (n as cytoscape.NodeSingular).position();
      return p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2;
    });
    if (!old.empty() && outside) cy.fit(cy.elements(':visible'), 40);
    // A fit on a narrow screen would shrink the labels past reading: zoom back in about the middle,
    // and let the user pan (or press Fit, which shows everything at whatever size).
    if ((old.empty() || outside) && cy.zoom() < MIN_DRAWING_ZOOM)
      cy.zoom({ level: MIN_DRAWING_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  return {
    core: cy,
    add(entities, relationships) {
      const fresh: ElementDefinition[] = [];
      for (const entity of entities) {
        if (cy.getElementById(entity.key).empty())
          fresh.push({ group: 'nodes', data: { id: entity.key, label: entity.name, entity } });
      }
      for (const rel of relationships) {
        if (cy.getElementById(rel.id).empty())
          fresh.push({ group: 'edges', data: { id: rel.id, source: rel.from, target: rel.to, type: rel.type, rel } });
      }
      if (!fresh.length) return 0;
      const added = cy.add(fresh);
      place(added);
      return added.nodes().length;
    },
    clear() {
      cy.elements().remove();
    },
    timeline(items) {
      cy.elements().remove();
      cy.add(timelineElements(items));
      cy.layout({ name: 'preset', padding: 40 }).run();
      // Fitted on a narrow screen the labels would be too small to read: keep them legible, the
      // earliest date at the left, and let the user pan (or Fit) to the rest.
      if (cy.zoom() < MIN_TIMELINE_ZOOM) {
        const box = cy.elements().boundingBox();
        cy.zoom(MIN_TIMELINE_ZOOM);
        cy.pan({
          x: 20 - box.x1 * MIN_TIMELINE_ZOOM,
          y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * MIN_TIMELINE_ZOOM,
        });
      }
    },
    highlight(keys, relationshipIds) {
      cy.elements().removeClass('path dim');
      if (!keys.length) return;
      let path = cy.collection();
      for (const id of [...keys, ...relationshipIds]) path = path.union(cy.getElementById(id));
      path.addClass('path');
      cy.elements().difference(path).addClass('dim');
    },
    select(id) {
      cy.elements().unselect();
      cy.getElementById(id).select();
    },
    remove(keys) {
      for (const key of keys) cy.getElementById(key).remove();
    },
    leaves(key) {
      const neighbours = cy.getElementById(key).neighborhood('node');
      return neighbours.filter((n) => (n as cytoscape.NodeSingular).degree(false) === 1).map((n) => n.id());
    },
    filter(hidden) {
      cy.elements().removeClass('hidden');
      cy.nodes()
        .not('.axis')
        .filter((n) => hidden.has(n.data('entity').type))
        .addClass('hidden');
      cy.edges()
        .filter((e) => hidden.has(e.data('type')))
        .addClass('hidden');
    },
    zoom(factor) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    fit: () => void cy.fit(cy.elements(':visible'), 40),
    entities: () =>
      cy
        .nodes()
        .not('.axis')
        .map((n) => n.data('entity') as ViewEntity),
    relationships: () =>
      cy
        .edges()
        .not('.axis')
        .map((e) => e.data('rel') as ViewRelationship),
    relationship: (id) => cy.getElementById(id).data('rel') as ViewRelationship | undefined,
  };
}
