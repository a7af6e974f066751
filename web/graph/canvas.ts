// The drawing: cytoscape.js holds the entities and relationships on screen, merges what each
// neighbourhood or path adds, and reports clicks. It knows nothing of GraphQL (see api.ts).
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { GRAPH_STYLE } from './graph-style.js';
import type { TimelineItem, ViewEntity, ViewRelationship } from './api.js';

export interface Canvas {
  /** Adds entities and relationships (keeping what is there), then lays the graph out again. */
  add(entities: ViewEntity[], relationships: ViewRelationship[]): void;
  clear(): void;
  /** Replaces the drawing with dated events: dates left to right in order, each event above its date. */
  timeline(items: TimelineItem[]): void;
  /** Marks these entities and relationships as a path, dimming the rest; empty lists clear it. */
  highlight(keys: string[], relationshipIds: string[]): void;
  select(key: string): void;
  entities(): ViewEntity[];
  relationship(id: string): ViewRelationship | undefined;
  core: Core;
}

export function createCanvas(container: HTMLElement, on: { node(key: string): void; edge(id: string): void }): Canvas {
  const cy = cytoscape({
    container,
    wheelSensitivity: 0.3,
    // A neighbourhood of six would otherwise be blown up to fill the screen.
    maxZoom: 1.4,
    style: GRAPH_STYLE,
  });
  cy.on('tap', 'node', (event) => on.node(event.target.id()));
  cy.on('tap', 'edge', (event) => on.edge(event.target.id()));

  function layout(fresh: boolean): void {
    // cose spreads a small graph evenly; not animated, so that a click lands where the node is drawn.
    // On an expansion it starts from where things are, so the picture grows rather than reshuffles.
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: fresh,
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 110,
      nodeOverlap: 30,
      padding: 40,
    }).run();
  }

  /** New nodes start beside a node they are linked to, so that the layout pulls them out from there. */
  function seedPositions(added: cytoscape.CollectionReturnValue): void {
    added.nodes().forEach((node) => {
      const anchor = node.neighborhood('node').difference(added).nodes().first();
      if (anchor.empty()) return;
      const { x, y } = anchor.position();
      node.position({ x: x + (Math.random() - 0.5) * 80, y: y + (Math.random() - 0.5) * 80 });
    });
  }

  return {
    core: cy,
    add(entities, relationships) {
      const fresh: ElementDefinition[] = [];
      for (const entity of entities) {
        if (cy.getElementById(entity.key).empty()) fresh.push({ group: 'nodes', data: { id: entity.key, label: entity.name, entity } });
      }
      for (const rel of relationships) {
        if (cy.getElementById(rel.id).empty()) fresh.push({ group: 'edges', data: { id: rel.id, source: rel.from, target: rel.to, type: rel.type, rel } });
      }
      const wasEmpty = cy.elements().empty();
      seedPositions(cy.add(fresh));
      layout(wasEmpty);
    },
    clear: () => void cy.elements().remove(),
    timeline(items) {
      cy.elements().remove();
      const dates = [...new Map(items.map((i) => [i.date.key, i])).values()].sort((a, b) => a.start.localeCompare(b.start));
      const column = new Map(dates.map((d, index) => [d.date.key, index]));
      const stacked = new Map<string, number>();
      const elements: ElementDefinition[] = dates.map((d) => ({
        group: 'nodes',
        data: { id: d.date.key, label: d.date.name, entity: d.date },
        position: { x: column.get(d.date.key)! * 170, y: 0 },
      }));
      for (const item of items) {
        if (cy.getElementById(item.entity.key).empty() && !elements.some((e) => e.data.id === item.entity.key)) {
          // An entity with several dates stands above the first of them.
          const height = (stacked.get(item.date.key) ?? 0) + 1;
          stacked.set(item.date.key, height);
          const x = column.get(item.date.key)! * 170 + (height % 2 ? -30 : 30);
          elements.push({ group: 'nodes', data: { id: item.entity.key, label: item.entity.name, entity: item.entity }, position: { x, y: -75 * height } });
        }
        const id = `${item.entity.key}|${item.relationship}|${item.date.key}`;
        if (elements.some((e) => e.data.id === id)) continue; // cytoscape refuses a repeated id
        const rel: ViewRelationship = { id, type: item.relationship, from: item.entity.key, to: item.date.key, sources: item.sources };
        elements.push({ group: 'edges', data: { id, source: rel.from, target: rel.to, type: rel.type, rel } });
      }
      cy.add(elements);
      cy.layout({ name: 'preset', padding: 40 }).run();
    },
    highlight(keys, relationshipIds) {
      cy.elements().removeClass('path dim');
      if (!keys.length) return;
      let path = cy.collection();
      for (const id of [...keys, ...relationshipIds]) path = path.union(cy.getElementById(id));
      path.addClass('path');
      cy.elements().difference(path).addClass('dim');
    },
    select(key) {
      cy.elements().unselect();
      cy.getElementById(key).select();
    },
    entities: () => cy.nodes().map((n) => n.data('entity') as ViewEntity),
    relationship: (id) => cy.getElementById(id).data('rel') as ViewRelationship | undefined,
  };
}
