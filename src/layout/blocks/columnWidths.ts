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

/**
 * Column widths that follow their content: a column narrower than it
 * `wants` takes width from the columns that have more than they want, in
 * proportion to what they can spare, the total unchanged. When the others
 * cannot spare enough, each column gets a part of what they can.
 */
export function fitColumns(widths: readonly number[], wants: readonly number[]): number[] {
  let deficit = 0;
  let slack = 0;
  widths.forEach((w, i) => {
    const d = wants[i] ?? 0;
    if (d > w) deficit += d - w;
    else slack += w - d;
  });
  if (deficit < 1e-6 || slack < 1e-6) return [...widths];
  const take = Math.min(deficit, slack);
  return widths.map((w, i) => {
    const d = wants[i] ?? 0;
    return d > w ? w + ((d - w) * take) / deficit : w - ((w - d) * take) / slack;
  });
}
