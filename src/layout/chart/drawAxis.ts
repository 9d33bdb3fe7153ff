import type { BlockStyle, StyledChartTick } from '../../style/types.js';
import type { DrawItem, StructRef } from '../types.js';
import type { ChartPart, TextShaper } from './types.js';
import type { RowFrame } from './rowFrame.js';
import { placeTickLabels } from './placeTickLabels.js';

/**
 * The value axis over the bars: tick labels (round numbers, as many as fit
 * without touching), tick marks and the axis line from zero to the largest
 * tick. Items relative to the top of the band.
 */
export function drawAxis(ticks: readonly StyledChartTick[], f: RowFrame, style: BlockStyle, shaper: TextShaper, struct: StructRef): ChartPart {
  const ascent = shaper.ascent(style);
  const textH = ascent + shaper.descent(style);
  const mark = Math.max(3, style.size * 0.35);
  const lineY = textH + mark;
  const shown = ticks.filter((t) => t.value >= 0 && f.k * t.value <= f.area + 1e-6);
  const widths = shown.map((t) => shaper.width(t.label, style));
  const xs = placeTickLabels(
    shown.map((t, i) => ({ x: f.areaX + f.k * t.value, width: widths[i]! })),
    f.left,
    f.left + f.width,
    style.size * 0.6,
  );
  const items: DrawItem[] = [];
  const last = shown[shown.length - 1];
  if (last)
    items.push({ kind: 'line', x1: f.areaX, y1: lineY, x2: f.areaX + f.k * last.value, y2: lineY, color: style.borderColor, width: style.border, struct });
  shown.forEach((t, i) => {
    const x = xs[i];
    if (x === null || x === undefined) return;
    const tx = f.areaX + f.k * t.value;
    items.push({ kind: 'line', x1: tx, y1: lineY - mark, x2: tx, y2: lineY, color: style.borderColor, width: style.border, struct });
    items.push(...shaper.draw(t.label, x, ascent, style, struct));
  });
  return { height: lineY, items };
}
