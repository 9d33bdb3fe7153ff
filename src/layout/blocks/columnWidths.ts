import type { Width } from '../../style/types.js';

/** Resolves column widths: points first, then shares of what is left, gaps between. */
export function columnWidths(widths: readonly Width[], total: number, gap: number): number[] {
  const free = Math.max(0, total - gap * Math.max(0, widths.length - 1));
  let fixed = 0;
  let shares = 0;
  for (const w of widths) {
    if ('points' in w) fixed += w.points;
    else shares += w.share;
  }
  const perShare = shares > 0 ? Math.max(0, free - fixed) / shares : 0;
  return widths.map((w) => ('points' in w ? w.points : w.share * perShare));
}
