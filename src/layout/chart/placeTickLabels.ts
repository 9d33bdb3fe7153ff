/** A tick label to place: the x it belongs to and its width. */
export interface TickLabel {
  x: number;
  width: number;
}

/**
 * The left ends of tick labels centred on their ticks and kept inside
 * [left, right]; when neighbours would come closer than `gap`, only every
 * second (third…) label is kept, starting with the first. Null marks a label
 * left out.
 */
export function placeTickLabels(labels: readonly TickLabel[], left: number, right: number, gap: number): (number | null)[] {
  for (let stride = 1; stride <= Math.max(1, labels.length); stride++) {
    const xs = labels.map((l, i) => (i % stride === 0 ? clamp(l.x - l.width / 2, left, right - l.width) : null));
    let ok = true;
    let prevEnd = -Infinity;
    xs.forEach((x, i) => {
      if (x === null) return;
      if (x < prevEnd + gap - 1e-6) ok = false;
      prevEnd = x + labels[i]!.width;
    });
    if (ok) return xs;
  }
  return labels.map((l, i) => (i === 0 ? clamp(l.x - l.width / 2, left, right - l.width) : null));
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, hi));
}
