import type { Font, Glyph } from 'fontkit';

/** The fonts already patched (fonts are parsed once per process and shared by every document). */
const patched = new WeakSet<Font>();

function same(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Makes `font.getGlyph(id, codePoints)` return a glyph that carries the code
 * points it was asked for. fontkit caches one glyph object per id and keeps
 * the code points of whoever asked first: a subset (or a composite glyph's
 * outline) asks with none, a composed letter asks with its decomposed form.
 * pdfkit builds each document's ToUnicode map from `glyph.codePoints`, so
 * with the cache as it is a comma that was first seen as a component of „
 * copies out as nothing, in that document and every later one of the
 * process, and the bytes of a document depend on what was rendered before it.
 * Here a caller whose code points differ gets its own view of the cached
 * glyph (same outline and metrics, its own code points).
 */
export function ownGlyphCodePoints(font: Font): void {
  if (patched.has(font)) return;
  patched.add(font);
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints: number[] = []): Glyph => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || codePoints.length === 0 || same(glyph.codePoints, codePoints)) return glyph;
    const own = Object.create(glyph) as Glyph & { codePoints: number[] };
    Object.defineProperty(own, 'codePoints', { value: codePoints, enumerable: true });
    return own;
  };
}
