import type { DrawItem } from '../types.js';
import { shiftItem } from './itemGeometry.js';

/** Moves items down by `dy` (a leaf's items are relative to its top). */
export function shiftItems(items: readonly DrawItem[], dy: number): DrawItem[] {
  if (dy === 0) return items.slice();
  return items.map((it) => shiftItem(it, dy));
}
