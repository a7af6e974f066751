// The legend: a swatch per entity type on the canvas, and a checkbox per entity and relationship
// type that shows or hides them.
import { colourOf } from './graph-style.js';
import { el } from './panel.js';

export function renderLegend(
  host: HTMLElement,
  entityTypes: string[],
  relationshipTypes: string[],
  hidden: Set<string>,
  onChange: () => void,
): void {
  const toggle = (type: string, swatch?: string) => {
    const box = el('input', { type: 'checkbox', 'data-type': type }) as HTMLInputElement;
    box.checked = !hidden.has(type);
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(type);
      else hidden.add(type);
      onChange();
    });
    const mark = swatch
      ? el('span', { class: 'swatch', style: `background:${swatch}`, 'aria-hidden': 'true' })
      : el('span', { class: 'rel' }, '→');
    return el('li', {}, el('label', {}, box, mark, ` ${type}`));
  };
  host.replaceChildren(
    el('h3', {}, 'Entity types'),
    el('ul', { class: 'legend' }, ...entityTypes.sort().map((t) => toggle(t, colourOf(t)))),
    el('h3', {}, 'Relationship types'),
    el('ul', { class: 'legend' }, ...relationshipTypes.sort().map((t) => toggle(t))),
  );
}
