import { LruCache } from '../../cache/lruCache.js';
import type { TextStyle } from '../../style/types.js';
import type { FontMetrics, FontRun } from '../types.js';
import type { Piece } from './words.js';

export function faceOf(style: TextStyle) {
  return { family: style.font, bold: style.bold, italic: style.italic };
}

/**
 * Measurements remembered across documents, per font library: at most this
 * many texts in all its faces and sizes (a long `watch` or `studio` keeps
 * flat memory; the words of a briefing repeat from one render to the next).
 */
export const MAX_SHARED_MEASURES = 30_000;

/** What measuring a text in a face and size gives: the same for every style of that face and size. */
interface Measure {
  readonly runs: FontRun[];
  readonly runWidths: number[];
  readonly width: number;
}

interface StyleEntry {
  /** This style's pieces, by text: the same piece object for the same text. */
  readonly byText: Map<string, Piece>;
  /** The face and size of the style, the prefix of its keys in the shared cache. */
  readonly faceKey: string;
}

interface LibraryEntry {
  readonly byStyle: WeakMap<TextStyle, StyleEntry>;
  /** By face, size and text; only what measuring depends on is in the key (not the colour or rise). */
  readonly shared: LruCache<string, Measure>;
}

/**
 * Pieces measured, by metrics, style object and text: a table's cells are
 * measured once to size the columns and again to set them, with the same
 * style objects, and get the same piece. Pieces are never changed once made;
 * these live as long as the styles (one document's styled tree). Beneath them,
 * the measurements of a font library's texts outlive the document (bounded):
 * a new style object of a face and size already seen measures nothing anew.
 */
const measured = new WeakMap<FontMetrics, LibraryEntry>();

/** Resolves a piece of text to concrete fonts (fallback) and measures it. */
export function measurePiece(metrics: FontMetrics, text: string, style: TextStyle): Piece {
  let library = measured.get(metrics);
  if (!library) measured.set(metrics, (library = { byStyle: new WeakMap(), shared: new LruCache(MAX_SHARED_MEASURES) }));
  let entry = library.byStyle.get(style);
  if (!entry) {
    entry = { byText: new Map(), faceKey: `${style.font}/${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}/${style.size}\u0000` };
    library.byStyle.set(style, entry);
  }
  const known = entry.byText.get(text);
  if (known) return known;
  const key = entry.faceKey + text;
  let measure = library.shared.get(key);
  if (!measure) {
    const runs = metrics.resolveRuns(faceOf(style), text);
    const runWidths = runs.map((r) => metrics.measure(r.fontId, r.text) * style.size);
    let width = 0;
    for (const w of runWidths) width += w;
    measure = { runs, runWidths, width };
    library.shared.set(key, measure);
  }
  const piece: Piece = { text, style, runs: measure.runs, runWidths: measure.runWidths, width: measure.width };
  entry.byText.set(text, piece);
  return piece;
}
