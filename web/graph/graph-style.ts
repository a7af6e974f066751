// How the graph is drawn: a colour per entity type, relationship labels, and the looks of a
// selection and of a highlighted path (the rest of the graph is dimmed around it).
import type { StylesheetJson } from 'cytoscape';
import type { EntityType } from '../../packages/client/src/generated/graphql.js';

/**
 * One colour per entity type, so that kinds of things can be told apart at a glance. Typed by the
 * schema's own EntityType: a type added to the model and not given a colour here fails to compile.
 */
export const COLOURS: Record<EntityType, string> = {
  Organisation: '#1f5fa8',
  Person: '#b3123d',
  Post: '#c0632a',
  Strategy: '#3d7a3d',
  Strand: '#5a9e3a',
  Document: '#6b4fa0',
  Recommendation: '#a07a00',
  Finding: '#8a6d3b',
  Statement: '#7a3d6b',
  Concept: '#2f8a8a',
  CalendarDate: '#5b6478',
  // Curators' records, rarely drawn: neutral grey.
  ProgressUpdate: '#888',
  AuditRecord: '#888',
};

/** The colour of an entity type; grey for a name that is none (an older server's answer). */
export const colourOf = (type: string | undefined): string => (COLOURS as Record<string, string>)[type ?? ''] ?? '#888';

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': (n) => colourOf(n.data('entity')?.type),
      label: 'data(label)',
      'font-size': 12,
      'min-zoomed-font-size': 7,
      'text-background-color': 'white',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      width: 26,
      height: 26,
    },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705' } },
  {
    selector: 'edge',
    style: {
      width: 1.6,
      'line-color': '#9aa3b5',
      'target-arrow-color': '#9aa3b5',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(type)',
      'font-size': 10,
      // Labels too small to read at the current zoom are not drawn at all.
      'min-zoomed-font-size': 8,
      color: '#3b4252',
      'text-rotation': 'autorotate',
      'text-background-color': 'white',
      'text-background-opacity': 0.8,
    },
  },
  { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#f2b705', 'target-arrow-color': '#f2b705' } },
  { selector: '.dim', style: { opacity: 0.18 } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: 'node.date', style: { shape: 'round-rectangle', width: 14, height: 14 } },
  // The timeline's axis: a plain line with a year under each tick; no arrows, no labels on the line.
  {
    selector: 'edge.axis',
    style: { width: 2, 'line-color': '#5b6478', 'target-arrow-shape': 'none', label: '', events: 'no' },
  },
  {
    selector: 'node.tick',
    style: {
      shape: 'rectangle',
      width: 2,
      height: 14,
      'background-color': '#5b6478',
      'font-weight': 'bold',
      events: 'no',
    },
  },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#b3123d' } },
  { selector: 'edge.path', style: { width: 4, 'line-color': '#b3123d', 'target-arrow-color': '#b3123d' } },
];
