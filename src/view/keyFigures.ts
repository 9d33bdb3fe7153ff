import type { FigureView } from './types.js';

export const MAX_KEY_FIGURES = 4;

function pick(groups: readonly (readonly FigureView[])[]): FigureView[] {
  const chosen: FigureView[] = [];
  const add = (f: FigureView | undefined): void => {
    if (f !== undefined && chosen.length < MAX_KEY_FIGURES && !chosen.includes(f)) chosen.push(f);
  };
  // The first top-level item of each group, then the other top-level items in data order.
  for (const items of groups) add(items.find((f) => f.depth === 0));
  for (const items of groups) for (const f of items) if (f.depth === 0) add(f);
  return chosen;
}

/**
 * The few figures shown big on top: at most four top-level items (`depth` 0),
 * the first of each statistics group first. Without statistics, legal items are
 * used. When the statistics have items but none is top-level (all point into
 * legal changes), their first items are used, so the list is never empty then.
 */
export function pickKeyFigures(
  statistics: readonly (readonly FigureView[])[],
  legal: readonly (readonly FigureView[])[],
): FigureView[] {
  const fromStats = pick(statistics);
  if (fromStats.length > 0) return fromStats;
  const all = statistics.flat();
  if (all.length > 0) return all.slice(0, MAX_KEY_FIGURES);
  return pick(legal);
}
