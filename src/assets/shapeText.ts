import type { Font } from 'fontkit';
import { LruCache } from '../cache/lruCache.js';
import { fasterLayout } from './fasterLayout.js';
import type { ShapedGlyph, ShapedPiece, ShapedText } from '../layout/types.js';

export type { ShapedGlyph, ShapedPiece, ShapedText } from '../layout/types.js';

/** Shaped pieces kept per font; the least recently used go first. */
export const MAX_SHAPED_PIECES = 20_000;

export interface TextShaperCache {
  /** Width of `text` at 1 pt, pieces cut after spaces (pdfkit's width). */
  measure(text: string): number;
  /** The pieces of `text` with their glyphs, for render to write without shaping again. */
  shape(text: string): ShapedText;
  /**
   * Width at 1 pt of `text` laid out whole, not cut after spaces (a cluster
   * that render replaces); the same entry as the piece when it has no space.
   */
  measureCluster(text: string): number;
  /** Entries held now (for tests: the cache is bounded). */
  readonly size: number;
}

function hasGlyphs(font: Font, text: string): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp >= 0x20 && cp !== 0x7f && !font.hasGlyphForCodePoint(cp)) return false;
  }
  return true;
}

/**
 * Calls `each` with every piece of `text` cut after a space or tab, as pdfkit
 * cuts it; a text of one piece is passed itself (no copy, its hash kept).
 */
function forEachPiece(text: string, each: (piece: string) => void): void {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) {
      each(start === 0 && i === text.length - 1 ? text : text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) each(start === 0 ? text : text.slice(start));
}

/**
 * The shaping of one font, shared by every document of the process: layout
 * measures with it and render writes its glyphs, so a word is shaped by
 * fontkit once per process (while it stays among the recently used), not
 * once to measure and again in every document to draw. Shaping depends on
 * the font and the text only (default features, no language), so nothing of
 * one document's theme or language can reach another through it.
 */
export function createTextShaper(font: Font, limit = MAX_SHAPED_PIECES): TextShaperCache {
  const cache = new LruCache<string, ShapedPiece>(limit);
  fasterLayout(font);
  const unitsPerEm = font.unitsPerEm;
  const scale = 1000 / unitsPerEm;

  const piece = (text: string): ShapedPiece => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const run = font.layout(text);
    const width = run.advanceWidth / unitsPerEm;
    const glyphs: ShapedGlyph[] = [];
    let advance = 0;
    for (let i = 0; i < run.glyphs.length; i++) {
      const glyph = run.glyphs[i]!;
      const p = run.positions[i]!;
      const xAdvance = p.xAdvance * scale;
      glyphs.push({
        id: glyph.id,
        codePoints: glyph.codePoints,
        xAdvance,
        yAdvance: p.yAdvance * scale,
        xOffset: p.xOffset * scale,
        yOffset: p.yOffset * scale,
        advanceWidth: glyph.advanceWidth * scale,
      });
      advance += xAdvance;
    }
    const shaped: ShapedPiece = { glyphs, advance, width, drawsAll: hasGlyphs(font, text) };
    cache.set(text, shaped);
    return shaped;
  };

  return {
    measure(text) {
      let width = 0;
      forEachPiece(text, (p) => (width += piece(p).width));
      return width;
    },
    shape(text) {
      const pieces: ShapedPiece[] = [];
      let advance = 0;
      let drawsAll = true;
      forEachPiece(text, (p) => {
        const shaped = piece(p);
        pieces.push(shaped);
        advance += shaped.advance;
        drawsAll &&= shaped.drawsAll;
      });
      return { pieces, advance, drawsAll };
    },
    measureCluster(text) {
      // A cluster the font cannot draw: laid out whole (the same entry as its piece when it has no space inside).
      return piece(text).width;
    },
    get size() {
      return cache.size;
    },
  };
}
