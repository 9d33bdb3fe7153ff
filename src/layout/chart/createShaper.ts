import type { TextStyle } from '../../style/types.js';
import type { FontMetrics, StructRef, TextItem } from '../types.js';
import type { TextShaper } from './types.js';
import { placeText } from '../inline/placeText.js';

const faceOf = (s: TextStyle) => ({ family: s.font, bold: s.bold, italic: s.italic });

/** A TextShaper over the layout's FontMetrics: fallback runs, kerned widths. */
export function createShaper(metrics: FontMetrics): TextShaper {
  const runs = (text: string, style: TextStyle) =>
    metrics.resolveRuns(faceOf(style), text).map((r) => ({ ...r, width: metrics.measure(r.fontId, r.text) * style.size }));
  const firstFont = (style: TextStyle): string => metrics.resolveRuns(faceOf(style), 'x')[0]?.fontId ?? '';
  return {
    width: (text, style) => runs(text, style).reduce((w, r) => w + r.width, 0),
    ascent: (style) => metrics.ascent(firstFont(style)) * style.size,
    descent: (style) => metrics.descent(firstFont(style)) * style.size,
    draw(text: string, x: number, baseline: number, style: TextStyle, struct: StructRef): TextItem[] {
      let cx = x;
      return runs(text, style).map((r) => {
        const item: TextItem = placeText(metrics, {
          kind: 'text',
          x: cx,
          y: baseline,
          fontId: r.fontId,
          size: style.size,
          color: style.color,
          text: r.text,
          wordSpacing: 0,
          width: r.width,
          struct,
        });
        cx += r.width;
        return item;
      });
    },
  };
}
