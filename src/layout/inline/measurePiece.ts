import type { TextStyle } from '../../style/types.js';
import type { FontMetrics } from '../types.js';
import type { Piece } from './words.js';

export function faceOf(style: TextStyle) {
  return { family: style.font, bold: style.bold, italic: style.italic };
}

/** Resolves a piece of text to concrete fonts (fallback) and measures it. */
export function measurePiece(metrics: FontMetrics, text: string, style: TextStyle): Piece {
  const runs = metrics.resolveRuns(faceOf(style), text);
  const runWidths = runs.map((r) => metrics.measure(r.fontId, r.text) * style.size);
  let width = 0;
  for (const w of runWidths) width += w;
  return { text, style, runs, runWidths, width };
}
