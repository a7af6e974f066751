// The page of a list: `first` (the server's default page when left out, at most its page size cap)
// and `after`, a cursor made by this API. Page sizes belong to the server that serves the list
// (MAX_PAGE_SIZE), so they travel with its Translator rather than in the limits table.
import { badInput, overCap } from '../../errors.js';
import { fromCursor, type CursorPosition } from '../ids.js';

export interface PageSizes {
  maxPageSize: number;
  defaultPageSize: number;
}

/** Checks `first` and `after` and turns them into parameters. */
export function checkPage(
  args: { first?: unknown; after?: unknown },
  pages: PageSizes,
): { first: number; after: CursorPosition | null } {
  const first = args.first ?? pages.defaultPageSize;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0) {
    throw badInput('"first" must be a non-negative integer', 'first');
  }
  checkPageSize(first, pages, 'first');
  const after = typeof args.after === 'string' ? fromCursor(args.after) : null;
  return { first, after };
}

/** `first` of a plain list (search, timeline): a whole number, at most the page size cap. */
export function checkFirst(first: unknown, pages: PageSizes): number {
  if (typeof first !== 'number' || !Number.isInteger(first)) throw badInput('"first" must be an integer', 'first');
  if (first < 0) throw badInput(`"first" is ${first}, below the minimum of 0`, 'first');
  checkPageSize(first, pages, 'first');
  return first;
}

/** `first` of any list at most the page size cap. */
export function checkPageSize(first: number, pages: PageSizes, argument: string): void {
  if (first > pages.maxPageSize) {
    throw overCap(
      argument,
      'maxPageSize',
      pages.maxPageSize,
      `"${argument}" is ${first}, above the page size cap of ${pages.maxPageSize}`,
    );
  }
}
