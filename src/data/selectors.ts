// W3C Web Annotation selectors of an excerpt in its document's text: the exact words, about 32
// characters either side (TextQuoteSelector), and start/end offsets (TextPositionSelector). Offsets
// count Unicode code points, as the Web Annotation model does.

export interface Selector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

const CONTEXT = 32;

/** Every UTF-16 index at which `exact` starts in `text`. */
function indexesOf(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

const codePoints = (s: string) => Array.from(s).length;

/** The selector of the occurrence at UTF-16 index `at`; the context grows until prefix+exact+suffix occurs once. */
function selectorAt(text: string, exact: string, at: number): Selector {
  const chars = Array.from(text);
  const start = codePoints(text.slice(0, at));
  const end = start + codePoints(exact);
  for (let width = CONTEXT; ; width *= 2) {
    const prefix = chars.slice(Math.max(0, start - width), start).join('');
    const suffix = chars.slice(end, end + width).join('');
    if (indexesOf(text, prefix + exact + suffix).length === 1 || width > chars.length)
      return { exact, prefix, suffix, start, end };
  }
}

/**
 * Finds an excerpt: it must occur once, or name which occurrence (1-based) or the words just before
 * it. Returns the selector, or the reason it cannot be located.
 */
export function locate(
  text: string,
  excerpt: { exact: string; occurrence?: number; prefix?: string },
): Selector | string {
  const { exact } = excerpt;
  let found = indexesOf(text, exact);
  if (found.length === 0) return `excerpt not in the text: "${exact}"`;
  if (excerpt.prefix !== undefined) {
    const prefix = excerpt.prefix;
    found = found.filter((i) => text.slice(0, i).endsWith(prefix));
    if (found.length !== 1) return `excerpt "${exact}" after "${prefix}" occurs ${found.length} times, not once`;
  }
  if (excerpt.occurrence !== undefined) {
    const at = found[excerpt.occurrence - 1];
    if (at === undefined) return `excerpt "${exact}" occurs ${found.length} times, not ${excerpt.occurrence}`;
    return selectorAt(text, exact, at);
  }
  if (found.length > 1)
    return `excerpt "${exact}" occurs ${found.length} times: give occurrence (1-${found.length}) or prefix`;
  return selectorAt(text, exact, found[0]!);
}

/** The selector of an excerpt that occurs exactly once, else null (a curator's excerpt of a text). */
export function locateOnce(text: string | null | undefined, exact: string): Selector | null {
  if (!text) return null;
  const found = locate(text, { exact });
  return typeof found === 'string' ? null : found;
}

/** The text between two code-point offsets. */
export function passage(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
