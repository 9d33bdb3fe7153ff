import type { ChartView } from '../view/types.js';
import type { DrawCtx } from './drawPptxSlide.js';
import { inch, LOOK } from './pptxText.js';

/**
 * A chart as a native PowerPoint bar chart carrying its data (editable in
 * PowerPoint): one series of the values, a second of the previous values
 * when there are any; bars top to bottom in the plan's order, each with its
 * value as a callout. Returns the y below it (pt).
 */
export function drawChart(c: DrawCtx, chart: ChartView, title: string, top: number, bottom: number): number {
  const labels = chart.bars.map((b) => b.label);
  const data = [{ name: title, labels, values: chart.bars.map((b) => b.number) }];
  const hasPrevious = chart.bars.some((b) => b.previousNumber !== null);
  if (hasPrevious) data.push({ name: c.view.words['previous'] ?? 'previous', labels, values: chart.bars.map((b) => b.previousNumber ?? 0) });
  const h = Math.max(120, Math.min(bottom - top, 52 * chart.bars.length * (hasPrevious ? 1.6 : 1) + 20));
  c.slide.addChart(c.pptx.ChartType.bar, data, {
    x: inch(LOOK.left),
    y: inch(top),
    w: inch(LOOK.width),
    h: inch(h),
    barDir: 'bar',
    catAxisOrientation: 'maxMin' as 'minMax',
    barGapWidthPct: 40,
    chartColors: hasPrevious ? [LOOK.accent, 'B8C0C9'] : chart.bars.map(() => LOOK.accent),
    showValue: true,
    dataLabelPosition: 'outEnd',
    dataLabelFormatCode: 'General',
    dataLabelFontFace: LOOK.font,
    dataLabelFontSize: 18,
    dataLabelFontBold: true,
    dataLabelColor: LOOK.ink,
    catAxisLabelFontFace: LOOK.font,
    catAxisLabelFontSize: 18,
    catAxisLabelColor: LOOK.ink,
    valAxisHidden: true,
    valGridLine: { style: 'none' },
    catGridLine: { style: 'none' },
    showLegend: hasPrevious,
    legendPos: 'b',
    legendFontFace: LOOK.font,
    legendFontSize: 16,
    altText: chart.alt,
  });
  return top + h + 8;
}
