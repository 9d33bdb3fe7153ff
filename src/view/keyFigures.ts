import type { FigureView } from './types.js';

export const MAX_KEY_FIGURES = 4;

/** A figure worth showing big: not zero, with a unit («0 обращений» and a bare «21» say nothing alone). */
function telling(f: FigureView): boolean {
  return f.number !== 0 && f.unit !== null;
}

function pick(groups: readonly (readonly FigureView[])[], accept: (f: FigureView) => boolean): FigureView[] {
  const chosen: FigureView[] = [];
  const add = (f: FigureView | undefined): void => {
    if (f !== undefined && chosen.length < MAX_KEY_FIGURES && !chosen.includes(f)) chosen.push(f);
  };
  const ok = (f: FigureView) => f.depth === 0 && accept(f);
  // One from each group first (different groups tell more), then the others in data order.
  for (const items of groups) add(items.find(ok));
  for (const items of groups) for (const f of items) if (ok(f)) add(f);
  return chosen;
}

/**
 * The few figures shown big on top. Figures marked `key: true` in the data,
 * in data order, when there are any. Otherwise at most four top-level items
 * (`depth` 0) that have a unit and are not zero, the first of each statistics
 * group first; without such, any non-zero top-level item; without statistics,
 * legal items by the same rules. When the statistics have items but none is
 * top-level (all point into legal changes), their first non-zero items are used.
 */
export function pickKeyFigures(
  statistics: readonly (readonly FigureView[])[],
  legal: readonly (readonly FigureView[])[],
  keyed: readonly FigureView[] = [],
): FigureView[] {
  if (keyed.length > 0) return keyed.slice(0, MAX_KEY_FIGURES);
  for (const groups of [statistics, legal]) {
    for (const accept of [telling, (f: FigureView) => f.number !== 0]) {
      const chosen = pick(groups, accept);
      if (chosen.length > 0) return chosen;
    }
    const all = groups.flat().filter((f) => f.number !== 0);
    if (groups === statistics && all.length > 0) return all.slice(0, MAX_KEY_FIGURES);
  }
  return [];
}
