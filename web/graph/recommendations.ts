// The recommendations table: what, to whom, by when, under which strand and on what evidence, with
// a link to the excerpt's place in the source. Columns sort on a click, a filter narrows the rows,
// and the rows shown can be saved as CSV or JSON.
import type { RecommendationRow } from './api.js';
import { download } from './export.js';
import { el } from './panel.js';

type Column = {
  id: keyof RecommendationRow | 'evidence';
  label: string;
  sortBy: (r: RecommendationRow) => string | number;
};

const COLUMNS: Column[] = [
  { id: 'number', label: 'No.', sortBy: (r) => r.number },
  { id: 'text', label: 'What', sortBy: (r) => r.text },
  // Rows without an addressee or a deadline sort last.
  { id: 'addressedTo', label: 'To whom', sortBy: (r) => r.addressedTo.join(', ') || '\uffff' },
  { id: 'dueBy', label: 'By when', sortBy: (r) => r.dueStart || '\uffff' },
  { id: 'strands', label: 'Strand', sortBy: (r) => r.strands.join(', ') },
  { id: 'evidence', label: 'Evidence', sortBy: (r) => r.excerpt },
];

const flat = (r: RecommendationRow) => ({
  number: r.number,
  what: r.text,
  toWhom: r.addressedTo.join('; '),
  byWhen: r.dueBy,
  strand: r.strands.join('; '),
  evidence: r.excerpt,
  document: r.document,
  key: r.key,
});

function csv(rows: RecommendationRow[]): string {
  const cell = (v: unknown) => `"${String(v).replace(/"/g, '""')}"`;
  const lines = rows.map(flat).map((r) => Object.values(r).map(cell).join(','));
  return (
    [
      Object.keys(flat(rows[0] ?? ({ addressedTo: [], strands: [] } as unknown as RecommendationRow))).join(','),
      ...lines,
    ].join('\r\n') + '\r\n'
  );
}

export function renderRecommendations(
  host: HTMLElement,
  rows: RecommendationRow[],
  sourceLink: (excerpt: string) => string,
): void {
  let sort: { column: Column; ascending: boolean } = { column: COLUMNS[0]!, ascending: true };
  const filter = el('input', {
    id: 'recs-filter',
    type: 'search',
    placeholder: 'e.g. Police Service, 2009, Prevent',
  }) as HTMLInputElement;
  const count = el('p', { id: 'recs-count', role: 'status' });
  const body = el('tbody');
  const headRow = el('tr');
  const shown = () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const matching = rows.filter((r) => {
      const text = Object.values(flat(r)).join(' ').toLowerCase();
      return words.every((w) => text.includes(w));
    });
    const key = sort.column.sortBy;
    return matching.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      // Plain code-point order: localeCompare would put the '\uffff' of a missing value first.
      const order = x < y ? -1 : x > y ? 1 : 0;
      return sort.ascending ? order : -order;
    });
  };
  function draw(): void {
    const list = shown();
    count.textContent = `${list.length} of ${rows.length} recommendations`;
    headRow.replaceChildren(
      ...COLUMNS.map((column) => {
        const button = el('button', { type: 'button' }, column.label);
        button.addEventListener('click', () => {
          sort = { column, ascending: sort.column === column ? !sort.ascending : true };
          draw();
        });
        const state = sort.column === column ? (sort.ascending ? 'ascending' : 'descending') : 'none';
        return el('th', { scope: 'col', 'aria-sort': state }, button);
      }),
    );
    // Each cell names its column too: on a phone the rows show as cards (style.css), label before value.
    const cell = (i: number, ...children: (Node | string)[]) =>
      el('td', { 'data-label': COLUMNS[i]!.label }, ...children);
    body.replaceChildren(
      ...list.map((r) =>
        el(
          'tr',
          { 'data-key': r.key },
          cell(0, String(r.number)),
          cell(1, r.text),
          cell(2, r.addressedTo.join(', ') || 'not stated'),
          cell(3, r.dueBy || 'no deadline stated'),
          cell(4, r.strands.join(', ')),
          cell(
            5,
            el('q', {}, r.excerpt),
            ' ',
            el('a', { href: sourceLink(r.excerpt), class: 'in-source' }, `in ${r.document}`),
          ),
        ),
      ),
    );
  }
  filter.addEventListener('input', draw);
  const csvButton = el('button', { type: 'button', id: 'recs-csv' }, 'Export CSV');
  csvButton.addEventListener('click', () => download('recommendations.csv', 'text/csv', csv(shown())));
  const jsonButton = el('button', { type: 'button', id: 'recs-json' }, 'Export JSON');
  jsonButton.addEventListener('click', () =>
    download('recommendations.json', 'application/json', `${JSON.stringify(shown().map(flat), null, 2)}\n`),
  );
  host.replaceChildren(
    el('h2', {}, 'Recommendations: what, to whom, by when'),
    el('div', { class: 'table-tools' }, el('label', { for: 'recs-filter' }, 'Filter'), filter, csvButton, jsonButton),
    count,
    el('div', { class: 'table-wrap' }, el('table', { id: 'recs-table' }, el('thead', {}, headRow), body)),
  );
  draw();
}
