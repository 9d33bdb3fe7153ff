import type { DrawItem } from '../types.js';
import type { Fragment, Group, Leaf } from '../fragments.js';
import { Paginator, type DrawnLeaf, type PageArea, type PaginationTrace, type PlacedTail } from './paginate.js';

/** Lines of what precedes a kept tail that go to the new page with it. */
export const MIN_CARRIED = 2;
/** Passes at the most: the first, and one for each tail moved (a tail that takes a tail along needs two). */
export const MAX_PASSES = 6;

/**
 * Where to break instead so that `tail` does not begin a page alone: before
 * the leaf MIN_CARRIED leaves earlier, moved back to a place where a page may
 * break (not inside a group kept together, not right after a heading), still
 * on the page before. Null when no such place leaves that page something.
 */
function breakFor(tail: PlacedTail, leaves: readonly DrawnLeaf[]): number | null {
  if (tail.first < 1) return null;
  const page = leaves[tail.first - 1]!.page;
  let i = tail.first - MIN_CARRIED;
  while (i > 0 && !(leaves[i]!.breakable && !leaves[i - 1]!.keptWithNext)) i--;
  if (i <= 0 || leaves[i]!.page !== page || leaves[i - 1]!.page !== page) return null;
  return i;
}

/**
 * Distributes fragments over pages so that no page holds only a tail: a
 * group kept with what precedes it (the source line, the contacts, a table's
 * notes) that would begin a page takes the end of the content before it
 * along. The paginator goes forward only; a pass that finds such a tail asks
 * the next to break the page earlier, before the lines that then go with it.
 */
export function paginateKeepingTails(fragments: readonly Fragment[], area: PageArea): DrawItem[][] {
  const forced = new Set<Leaf>();
  const tried = new Set<Group>();
  for (let pass = 1; ; pass++) {
    const trace: PaginationTrace = { leaves: [], tails: [] };
    const pages = new Paginator(area, { forcedBreaks: forced, trace }).place(fragments).finish();
    if (pass === MAX_PASSES) return pages;
    let tail: PlacedTail | null = null;
    let at: number | null = null;
    for (const t of trace.tails) {
      if (!t.atTop || tried.has(t.group)) continue;
      tried.add(t.group);
      at = breakFor(t, trace.leaves);
      if (at !== null) {
        tail = t;
        break;
      }
    }
    if (tail === null || at === null) return pages;
    // Breaks asked for before, inside what now moves, would part it again.
    for (let i = at + 1; i <= tail.first; i++) forced.delete(trace.leaves[i]!.leaf);
    forced.add(trace.leaves[at]!.leaf);
  }
}
