// The soak's chart: heap after garbage collection and resident set size of the API over time, one
// panel each (their scales differ tenfold), as a self-contained SVG.
export interface Sample {
  seconds: number;
  heapMb: number;
  rssMb: number;
}

const W = 760;
const PANEL = 150;
const LEFT = 60;

function panel(
  samples: Sample[],
  value: (s: Sample) => number,
  title: string,
  top: number,
  colour: string,
  end: number,
): string {
  const values = samples.map(value);
  const min = Math.floor(Math.min(...values) - 1);
  const max = Math.ceil(Math.max(...values) + 1);
  const x = (s: number) => LEFT + (s / Math.max(1, end)) * (W - LEFT - 20);
  const y = (v: number) => top + PANEL - ((v - min) / Math.max(1e-9, max - min)) * PANEL;
  const points = samples.map((s) => `${x(s.seconds).toFixed(1)},${y(value(s)).toFixed(1)}`).join(' ');
  return [
    `<text x="${LEFT}" y="${top - 8}" font-size="13">${title}</text>`,
    `<rect x="${LEFT}" y="${top}" width="${W - LEFT - 20}" height="${PANEL}" fill="none" stroke="#bbb"/>`,
    `<text x="${LEFT - 6}" y="${top + 10}" font-size="11" text-anchor="end">${max} MB</text>`,
    `<text x="${LEFT - 6}" y="${top + PANEL}" font-size="11" text-anchor="end">${min} MB</text>`,
    `<polyline fill="none" stroke="${colour}" stroke-width="1.5" points="${points}"/>`,
  ].join('\n');
}

export function chart(samples: Sample[], caption: string): string {
  const end = samples.at(-1)?.seconds ?? 1;
  const height = 2 * PANEL + 110;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    panel(samples, (s) => s.heapMb, 'API heap after GC (MB)', 30, '#1f77b4', end),
    panel(samples, (s) => s.rssMb, 'API resident set size (MB)', PANEL + 70, '#d62728', end),
    `<text x="${LEFT}" y="${height - 12}" font-size="11">${caption}; x: 0 to ${Math.round(end)} s</text>`,
    '</svg>',
  ].join('\n');
}
