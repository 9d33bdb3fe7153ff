import type { DrawItem } from '../types.js';

/** Moves items down by `dy` (a leaf's items are relative to its top). */
export function shiftItems(items: readonly DrawItem[], dy: number): DrawItem[] {
  if (dy === 0) return items.slice();
  return items.map((it) => {
    switch (it.kind) {
      case 'line':
        return { ...it, y1: it.y1 + dy, y2: it.y2 + dy };
      default:
        return { ...it, y: it.y + dy };
    }
  });
}
