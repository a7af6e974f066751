// Median latency (c = 1) against graph size, one small panel per question, one line per system,
// as a hand-written SVG: no charting dependency for a dozen polylines. Both axes are logarithmic:
// sizes step by ten, and latencies span milliseconds to seconds, where a linear axis would flatten
// this API and the floor onto the zero line whenever the library is slow.
import { SUITE } from '../suite/index.js';
import { find, series, type BenchResults } from './markdown.js';

const SYSTEMS = [
  { key: 'api', label: 'this API', colour: '#1f6feb' },
  { key: 'neo4jGraphql', label: '@neo4j/graphql 7', colour: '#d9480f' },
  { key: 'floor', label: 'raw driver (floor)', colour: '#6b7280' },
] as const;

const W = 330;
const H = 170;
const PAD = { left: 44, right: 12, top: 28, bottom: 30 };
const COLUMNS = 3;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const label = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

const decades = (values: number[]) => {
  const present = values.filter((x) => !Number.isNaN(x) && x > 0);
  const lo = Math.floor(Math.log10(Math.min(...present)));
  const hi = Math.ceil(Math.log10(Math.max(...present)));
  return [lo, hi === lo ? lo + 1 : hi] as const;
};

export function chart(results: BenchResults): string {
  // The JIT mode measured at the most sizes, as the growth table takes it (a chart of C1 runs alone
  // was empty for every run with full JIT).
  const runs = series(results);
  const sizes = runs.map((r) => r.size);
  const [lo, hi] = [Math.log10(Math.min(...sizes)), Math.log10(Math.max(...sizes))];
  const rows = Math.ceil(SUITE.length / COLUMNS);
  const width = COLUMNS * W;
  const height = rows * H + 40;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="10">`,
    `<rect width="100%" height="100%" fill="white"/>`,
  ];
  SUITE.forEach((c, i) => {
    const ox = (i % COLUMNS) * W;
    const oy = Math.floor(i / COLUMNS) * H;
    const series = SYSTEMS.map((s) => runs.map((r) => find(r, c.name, s.key, 1)?.medianMs ?? Number.NaN));
    const [yLo, yHi] = decades(series.flat());
    const x = (size: number) =>
      ox + PAD.left + (hi === lo ? 0.5 : (Math.log10(size) - lo) / (hi - lo)) * (W - PAD.left - PAD.right);
    const y = (ms: number) => oy + H - PAD.bottom - ((Math.log10(ms) - yLo) / (yHi - yLo)) * (H - PAD.top - PAD.bottom);
    out.push(`<text x="${ox + PAD.left}" y="${oy + 16}" font-weight="bold">${esc(c.title)}</text>`);
    out.push(
      `<line x1="${x(sizes[0]!)}" y1="${y(10 ** yLo)}" x2="${x(sizes.at(-1)!)}" y2="${y(10 ** yLo)}" stroke="#999"/>`,
    );
    for (let d = yLo; d <= yHi; d++) {
      const t = 10 ** d;
      out.push(
        `<text x="${ox + PAD.left - 4}" y="${y(t) + 3}" text-anchor="end" fill="#555">${t < 1 ? t.toFixed(1) : t} ms</text>`,
      );
      out.push(`<line x1="${ox + PAD.left}" y1="${y(t)}" x2="${ox + W - PAD.right}" y2="${y(t)}" stroke="#eee"/>`);
    }
    for (const size of sizes)
      out.push(
        `<text x="${x(size)}" y="${oy + H - PAD.bottom + 14}" text-anchor="middle" fill="#555">${label(size)}</text>`,
      );
    series.forEach((values, s) => {
      const points = values
        .map((v, k) => (Number.isNaN(v) ? '' : `${x(sizes[k]!).toFixed(1)},${y(v).toFixed(1)}`))
        .filter(Boolean);
      out.push(`<polyline fill="none" stroke="${SYSTEMS[s]!.colour}" stroke-width="2" points="${points.join(' ')}"/>`);
      for (const p of points)
        out.push(`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="2.5" fill="${SYSTEMS[s]!.colour}"/>`);
    });
  });
  const ly = rows * H + 20;
  SYSTEMS.forEach((s, i) => {
    out.push(`<rect x="${PAD.left + i * 170}" y="${ly - 8}" width="14" height="4" fill="${s.colour}"/>`);
    out.push(`<text x="${PAD.left + i * 170 + 20}" y="${ly - 3}">${esc(s.label)}</text>`);
  });
  out.push(
    `<text x="${width - 8}" y="${ly - 3}" text-anchor="end" fill="#555">median latency at concurrency 1 against graph size (nodes), Neo4j JIT ${runs[0]?.jit === 'full' ? 'C1+C2' : 'C1'}; both axes logarithmic</text>`,
  );
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
