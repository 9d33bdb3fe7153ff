import type { Align } from '../../template/theme/theme.js';
import type { FontMetrics, StructRef, TextItem } from '../types.js';
import type { Line } from './breakLines.js';

import { SPACE_SHRINK, SPACE_STRETCH_LIMIT } from './breakOptimal.js';
import { placeText, type PlacedText } from './placeText.js';

/**
 * Positions a line's text: one item per font run, with neighbouring runs of
 * the same font merged (so a line copies out as one string, spaces included).
 * A justified line draws each word at its place; its spaces are drawn too.
 * Each item carries its glyphs, shaped through `metrics` and placed.
 */
export function placeLine(line: Line, x0: number, maxWidth: number, align: Align, baseline: number, struct: StructRef, metrics: FontMetrics): TextItem[] {
  const gaps = line.words.length - 1;
  let extra = 0;
  let x = x0;
  if (align === 'justify' && gaps > 0 && (!line.ends || line.width > maxWidth)) {
    // Spaces stretch (or shrink) evenly within their limits; past them the line is set ragged.
    let spaces = 0;
    for (let i = 0; i < gaps; i++) spaces += line.words[i]!.spaceAfter?.width ?? 0;
    const perGap = (maxWidth - line.width) / gaps;
    const average = spaces / gaps;
    if (spaces > 0 && perGap <= average * (line.maxStretch ?? SPACE_STRETCH_LIMIT) && perGap >= -average * SPACE_SHRINK - 1e-6) extra = perGap;
  } else if (align === 'center') {
    x += (maxWidth - line.width) / 2;
  } else if (align === 'right') {
    x += maxWidth - line.width;
  }
  const items: PlacedText[] = [];
  const push = (text: string, fontId: string, size: number, color: string, width: number, rise = 0) => {
    const prev = items[items.length - 1];
    const y = baseline - rise;
    if (prev && prev.fontId === fontId && prev.size === size && prev.color === color && prev.y === y && Math.abs(prev.x + prev.width - x) < 1e-6) {
      prev.text += text;
      prev.width += width;
    } else {
      items.push({ kind: 'text', x, y, fontId, size, color, text, wordSpacing: 0, width, struct });
    }
    x += width;
  };
  line.words.forEach((w, i) => {
    for (const p of w.pieces) {
      p.runs.forEach((r, k) => push(r.text, r.fontId, p.style.size, p.style.color, p.runWidths[k] ?? 0, p.style.rise));
    }
    if (i < gaps && w.spaceAfter) {
      const s = w.spaceAfter;
      const r = s.runs[0];
      if (r) push(' ', r.fontId, s.style.size, s.style.color, s.width);
      x += extra;
    }
  });
  return items.map((item) => placeText(metrics, item));
}
