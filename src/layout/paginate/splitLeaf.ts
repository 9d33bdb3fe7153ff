import type { Leaf } from '../fragments.js';
import type { DrawItem } from '../types.js';
import { shiftItems } from './shiftItems.js';
import { clipItem, isCuttable, itemAnchor, itemExtent } from './itemGeometry.js';

/**
 * The lowest y ≤ `limit` where the leaf can be cut without cutting text or an
 * image in two; `limit` itself when nothing fits above it (a last resort).
 */
function cutAt(items: readonly DrawItem[], limit: number): number {
  const solid = items.filter((it) => !isCuttable(it)).map(itemExtent);
  let cut = limit;
  for (let guard = 0; guard < solid.length + 1; guard++) {
    const across = solid.filter(([a, b]) => a < cut - 1e-6 && b > cut + 1e-6);
    if (across.length === 0) return cut;
    cut = Math.min(...across.map(([a]) => a));
    if (cut <= 0) return limit;
  }
  return limit;
}

function clip(it: DrawItem, from: number, to: number): DrawItem | null {
  const [a, b] = itemExtent(it);
  if (!isCuttable(it)) {
    // Text belongs where its baseline is, an image where its top is.
    const anchor = itemAnchor(it);
    return anchor >= from - 1e-6 && anchor < to - 1e-6 ? shiftItems([it], -from)[0]! : null;
  }
  const top = Math.max(a, from);
  const bottom = Math.min(b, to);
  if (bottom <= top) return null;
  return clipItem(it, top, bottom, from);
}

/**
 * Cuts a leaf taller than a page (a table row with a very long cell) into
 * leaves of at most `height`, between lines of text; boxes are cut with it.
 */
export function splitLeaf(leaf: Leaf, height: number): Leaf[] {
  const out: Leaf[] = [];
  let from = 0;
  while (leaf.height - from > height + 1e-6) {
    const rel = shiftItems(leaf.items, -from);
    let cut = cutAt(rel, height);
    if (cut <= 1) cut = height;
    out.push({ kind: 'leaf', height: cut, items: leaf.items.map((it) => clip(it, from, from + cut)).filter((x): x is DrawItem => x !== null) });
    from += cut;
  }
  out.push({
    kind: 'leaf',
    height: leaf.height - from,
    items: leaf.items.map((it) => clip(it, from, leaf.height + 1)).filter((x): x is DrawItem => x !== null),
  });
  return out;
}
