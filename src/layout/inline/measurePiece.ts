import type { TextStyle } from '../../style/types.js';
import type { FontMetrics } from '../types.js';
import type { Piece } from './words.js';

export function faceOf(style: TextStyle) {
  return { family: style.font, bold: style.bold, italic: style.italic };
}

/**
 * Pieces measured, by metrics, style object and text: a table's cells are
 * measured once to size the columns and again to set them, with the same
 * style objects. Pieces are never changed once made; the cache lives as long
 * as the styles (one document's styled tree).
 */
const measured = new WeakMap<FontMetrics, WeakMap<TextStyle, Map<string, Piece>>>();

/** Resolves a piece of text to concrete fonts (fallback) and measures it. */
export function measurePiece(metrics: FontMetrics, text: string, style: TextStyle): Piece {
  let byStyle = measured.get(metrics);
  if (!byStyle) measured.set(metrics, (byStyle = new WeakMap()));
  let byText = byStyle.get(style);
  if (!byText) byStyle.set(style, (byText = new Map()));
  const known = byText.get(text);
  if (known) return known;
  const runs = metrics.resolveRuns(faceOf(style), text);
  const runWidths = runs.map((r) => metrics.measure(r.fontId, r.text) * style.size);
  let width = 0;
  for (const w of runWidths) width += w;
  const piece = { text, style, runs, runWidths, width };
  byText.set(text, piece);
  return piece;
}
