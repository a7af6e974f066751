// The timeline as positions on a real time axis: a date's distance from the first is proportional to
// the days between them, each dated event stands above its date, and a deadline's label says whom
// the recommendation is addressed to. The axis itself is drawn too (class `axis`: a line through the
// dates, a tick at each new year), and is no entity: the canvas leaves it out of what it lists.
import type { ElementDefinition } from 'cytoscape';
import type { TimelineItem, ViewRelationship } from './api.js';

/** Pixels per day: April 2008 to March 2010 (about 700 days) spans about 1,100 px, legible when fitted. */
const PER_DAY = 1.5;
const MIN_GAP = 120;

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function timelineElements(items: TimelineItem[]): ElementDefinition[] {
  const dates = [...new Map(items.map((i) => [i.date.key, i])).values()].sort((a, b) => a.start.localeCompare(b.start));
  const x = new Map<string, number>();
  let previous: number | undefined;
  const first = dates[0] ? days(dates[0].start) : 0;
  for (const d of dates) {
    // In proportion to time, but never so close that two labels overlap.
    const at = Math.max((days(d.start) - first) * PER_DAY, previous === undefined ? 0 : previous + MIN_GAP);
    x.set(d.date.key, at);
    previous = at;
  }
  const elements: ElementDefinition[] = [
    ...axis(dates, x),
    ...dates.map(
      (d): ElementDefinition => ({
        group: 'nodes',
        classes: 'date',
        data: { id: d.date.key, label: d.date.name, entity: d.date },
        position: { x: x.get(d.date.key)!, y: 0 },
      }),
    ),
  ];
  const stacked = new Map<string, number>();
  const seen = new Set(elements.map((e) => e.data.id));

  for (const item of items) {
    if (!seen.has(item.entity.key)) {
      const height = (stacked.get(item.date.key) ?? 0) + 1;
      stacked.set(item.date.key, height);
      const to = item.addressees.length ? `\nto ${item.addressees.join(', ')}` : '';
      const label =
        item.relationship === 'DUE_BY' ? `${item.entity.name}: due ${item.date.name}${to}` : item.entity.name;
      elements.push({
        group: 'nodes',
        data: { id: item.entity.key, label, entity: item.entity },
        position: { x: x.get(item.date.key)!, y: -90 * height },
      });
      seen.add(item.entity.key);
    }
    const id = `${item.entity.key}|${item.relationship}|${item.date.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const rel: ViewRelationship = {
      id,
      type: item.relationship,
      from: item.entity.key,
      to: item.date.key,
      sources: item.sources,
    };
    elements.push({ group: 'edges', data: { id, source: rel.from, target: rel.to, type: rel.type, rel } });
  }
  return elements;
}

/** The axis: a tick at each 1 January between the first date and the last, placed between its neighbouring dates in proportion, and a line through all. */
function axis(dates: TimelineItem[], x: Map<string, number>): ElementDefinition[] {
  const points = dates.map((d) => ({ day: days(d.start), x: x.get(d.date.key)!, id: d.date.key }));
  const [first, last] = [points[0], points.at(-1)];
  if (!first || !last) return [];
  const ticks: ElementDefinition[] = [];
  for (let year = new Date(first.day * 86_400_000).getUTCFullYear() + 1; ; year++) {
    const day = days(`${year}-01-01`);
    if (day >= last.day) break;
    const after = points.findIndex((p) => p.day > day);
    const [a, b] = [points[after - 1]!, points[after]!];
    const at = a.x + ((b.x - a.x) * (day - a.day)) / (b.day - a.day);
    ticks.push({
      group: 'nodes',
      classes: 'axis tick',
      data: { id: `axis-${year}`, label: String(year) },
      position: { x: at, y: 0 },
    });
  }
  const line = [
    ...points.map((p) => ({ id: p.id, x: p.x })),
    ...ticks.map((t) => ({ id: t.data.id!, x: t.position!.x })),
  ].sort((p, q) => p.x - q.x);
  const edges: ElementDefinition[] = line.slice(1).map((p, i) => ({
    group: 'edges',
    classes: 'axis',
    data: { id: `axis|${line[i]!.id}|${p.id}`, source: line[i]!.id, target: p.id },
  }));
  return [...ticks, ...edges];
}
