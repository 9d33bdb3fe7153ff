import type { BlockStyle, StyledChartBar } from '../../style/types.js';
import type { DrawItem, StructRef } from '../types.js';
import type { ChartPart, TextShaper } from './types.js';
import { contrastText, type RowFrame } from './rowFrame.js';
import type { LabelPlace } from './fitScale.js';
import { wrapText } from './wrapText.js';

/**
 * One bar's row: its label (wrapped in the label column, indented by depth),
 * the outline of the whole it is a part of, the bar, the previous-period bar,
 * and the value label where `place` says: inside the bar, in the free part of
 * the outline, right of the bars, or wrapped under them. The previous bar's
 * label stands right of it. Items relative to the row's top.
 */
export function drawBarRow(bar: StyledChartBar, f: RowFrame, labelStyle: BlockStyle, shaper: TextShaper, struct: StructRef, place: LabelPlace): ChartPart {
  const lineHeight = (s: BlockStyle): number => Math.max(s.size * s.lineHeight, shaper.ascent(s) + shaper.descent(s));
  const baselineIn = (top: number, height: number, s: BlockStyle): number => top + (height - (shaper.ascent(s) + shaper.descent(s))) / 2 + shaper.ascent(s);

  const indent = Math.min(bar.depth * f.indent, f.labelWidth / 2);
  const labelLines = wrapText(bar.label, f.labelWidth - indent, (t) => shaper.width(t, labelStyle), shaper.hyphenate);
  const labelLh = lineHeight(labelStyle);
  const labelH = labelLines.length * labelLh;

  const vs = bar.style;
  const valueW = shaper.width(bar.display, vs);
  const valueLines = place === 'below' ? wrapText(bar.display, f.area, (t) => shaper.width(t, vs)) : [];
  const hasPrevious = bar.previous !== null;
  const ps = bar.previousStyle;
  const prevW = f.k * (bar.previous ?? 0);
  // Right of the previous bar; wrapped there only when the chart is too narrow for it.
  const prevLines = hasPrevious ? wrapText(bar.previousDisplay ?? '', Math.max(1, f.area - prevW - f.labelGap), (t) => shaper.width(t, ps)) : [];
  const prevBlock = hasPrevious ? f.barGap + Math.max(f.previousThickness, prevLines.length * lineHeight(ps)) : 0;
  const barsH = f.thickness + prevBlock + valueLines.length * lineHeight(vs);

  const content = Math.max(labelH, barsH);
  const height = content + f.rowGap;
  const top = f.rowGap / 2;
  const items: DrawItem[] = [];
  const rect = (x: number, y: number, w: number, h: number, s: BlockStyle, fill: string | null): void => {
    if (w <= 0) return;
    items.push({ kind: 'rect', x, y, width: w, height: h, fill, stroke: s.border > 0 ? s.borderColor : null, lineWidth: s.border, struct });
  };

  // the zero line, through the whole row so that rows join into one axis
  items.push({ kind: 'line', x1: f.areaX, y1: 0, x2: f.areaX, y2: height, color: vs.borderColor, width: 0.75, struct });

  const labelTop = top + (content - labelH) / 2;
  labelLines.forEach((line, i) => {
    items.push(...shaper.draw(line, f.left + indent, baselineIn(labelTop + i * labelLh, labelLh, labelStyle), labelStyle, struct));
  });

  const barTop = top + (content - barsH) / 2;
  const barW = f.k * bar.value;
  const trackW = bar.parent === null ? 0 : f.k * bar.parent;
  rect(f.areaX, barTop, trackW, f.thickness, ps, '#FFFFFF');
  rect(f.areaX, barTop, barW, f.thickness, vs, vs.background);
  const reach = Math.max(barW, trackW);
  const valueBaseline = baselineIn(barTop, f.thickness, vs);
  if (place === 'inside') {
    const color = contrastText(vs.background);
    items.push(...shaper.draw(bar.display, f.areaX + barW - f.pad - valueW, valueBaseline, { ...vs, color }, struct));
  } else if (place === 'track') {
    items.push(...shaper.draw(bar.display, f.areaX + barW + f.pad, valueBaseline, vs, struct));
  } else if (place === 'right') {
    items.push(...shaper.draw(bar.display, f.areaX + reach + f.labelGap, valueBaseline, vs, struct));
  }

  let y = barTop + f.thickness;
  if (hasPrevious) {
    const blockH = prevBlock - f.barGap;
    const linesTop = y + f.barGap + (blockH - prevLines.length * lineHeight(ps)) / 2;
    rect(f.areaX, y + f.barGap + (blockH - f.previousThickness) / 2, prevW, f.previousThickness, ps, ps.background);
    prevLines.forEach((line, i) => {
      const lineTop = linesTop + i * lineHeight(ps);
      items.push(...shaper.draw(line, f.areaX + prevW + f.labelGap, baselineIn(lineTop, lineHeight(ps), ps), ps, struct));
    });
    y += prevBlock;
  }
  valueLines.forEach((line, i) => {
    items.push(...shaper.draw(line, f.areaX, baselineIn(y + i * lineHeight(vs), lineHeight(vs), vs), vs, struct));
  });
  return { height, items };
}
