// Saving what is on screen: a file download made in the page (no server round trip), and the
// canvas as PNG, SVG (cytoscape-svg) or JSON (the entities and relationships with their sources).
import type { Core } from 'cytoscape';

export function download(name: string, type: string, content: Blob | string): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function exportView(cy: Core, format: 'png' | 'svg' | 'json', json: () => unknown): void {
  if (format === 'png')
    download(
      'graph.png',
      'image/png',
      cy.png({ output: 'blob', full: true, scale: 2, bg: 'white' }) as unknown as Blob,
    );
  else if (format === 'svg')
    download('graph.svg', 'image/svg+xml', (cy as Core & { svg(o: object): string }).svg({ full: true, bg: 'white' }));
  else download('graph.json', 'application/json', `${JSON.stringify(json(), null, 2)}\n`);
}
