import type { StructRef } from '../types.js';
import type { ChartGeometry, ChartSpec, TextShaper } from './types.js';
import type { RowFrame } from './rowFrame.js';
import { fitScale, placeLabel, type LabelNeed } from './fitScale.js';
import { drawAxis } from './drawAxis.js';
import { drawBarRow } from './drawBarRow.js';
import { widestWord } from './wrapText.js';

/** The label column takes at most this share of the width (it wraps), at least the widest word up to half. */
const MAX_LABEL_SHARE = 0.42;
/** The longest bar takes at least this share of the bar area, or labels go under bars. */
const MIN_BAR_SHARE = 0.5;

/**
 * A chart's geometry in the box (left x, width): the axis band (bars with
 * ticks) and one band per bar. Labels are measured with `shaper`; nothing is
 * shortened and nothing leaves the box. Pure: the same input, the same items.
 */
export function chartGeometry(spec: ChartSpec, box: { x: number; width: number }, shaper: TextShaper, struct: StructRef): ChartGeometry {
  const s = spec.style;
  const valueSize = Math.max(s.size, ...spec.bars.map((b) => b.style.size));
  const indentStep = s.size;
  const labelW = (b: ChartSpec['bars'][number]): number => shaper.width(b.label, s) + Math.min(b.depth * indentStep, box.width / 4);
  const longest = Math.max(0, ...spec.bars.map(labelW)) + 0.5;
  const widestWords = Math.max(0, ...spec.bars.map((b) => widestWord(b.label, (t) => shaper.width(t, s)) + Math.min(b.depth * indentStep, box.width / 4)));
  const gapToBars = s.size * 0.6;
  const domain =
    Math.max(spec.ticks.length ? Math.max(...spec.ticks.map((t) => t.value)) : 0, ...spec.bars.map((b) => Math.max(b.value, b.parent ?? 0, b.previous ?? 0))) ||
    1;

  const base = {
    left: box.x,
    width: box.width,
    thickness: valueSize * 1.5,
    previousThickness: valueSize * 0.9,
    barGap: valueSize * 0.2,
    labelGap: valueSize * 0.35,
    pad: valueSize * 0.35,
    rowGap: s.size * 0.5,
    indent: indentStep,
  };
  const frameFor = (labelWidth: number, k: number): RowFrame => {
    const areaX = box.x + labelWidth + gapToBars;
    return { ...base, labelWidth, areaX, area: Math.max(1, box.x + box.width - areaX), k };
  };
  const ownNeeds: LabelNeed[] = spec.bars.map((b) => ({
    value: b.value,
    track: b.parent ?? 0,
    extent: Math.max(b.value, b.parent ?? 0),
    width: shaper.width(b.display, b.style),
    inside: true,
  }));
  const needs = spec.bars.flatMap((b, i): LabelNeed[] =>
    b.previous === null
      ? [ownNeeds[i]!]
      : [ownNeeds[i]!, { value: b.previous, track: 0, extent: b.previous, width: shaper.width(b.previousDisplay ?? '', b.previousStyle), inside: false }],
  );

  // The widest label column that leaves the bars long enough; labels wrap in it, never narrower than their widest word.
  const narrowest = Math.min(Math.max(widestWords, box.width * 0.15), box.width / 2, longest);
  let frame = frameFor(narrowest, 0);
  for (let lw = Math.max(narrowest, Math.min(longest, box.width * MAX_LABEL_SHARE)); ; lw = Math.max(narrowest, lw - box.width * 0.05)) {
    const trial = frameFor(lw, 0);
    const k = fitScale(needs, { area: trial.area, domain, gap: base.labelGap, pad: base.pad });
    const least = (MIN_BAR_SHARE * trial.area) / domain;
    frame = { ...trial, k: Math.max(k, least) };
    if (k >= least || lw <= narrowest) break;
  }
  const f = frame;
  const rows = spec.bars.map((b, i) => {
    const place = placeLabel(ownNeeds[i]!, f.k, { area: f.area, gap: f.labelGap, pad: f.pad });
    return drawBarRow(b, f, s, shaper, struct, place);
  });
  const header = spec.ticks.length > 0 ? drawAxis(spec.ticks, f, spec.tickStyle, shaper, struct) : null;
  return { header, rows };
}
