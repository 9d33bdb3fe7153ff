import type { Font } from 'fontkit';

/** Words cached per font; the cache is dropped whole when it grows past this. */
const MAX_CACHED = 20_000;

/**
 * Advance width at 1 pt, measured exactly as pdfkit measures and draws a
 * string (`EmbeddedFont.layout`): the text is cut after every space or tab,
 * each piece is shaped by fontkit's `layout` (kerning, ligatures) and the
 * advances are added. So `measure(line)` equals pdfkit's width of the line,
 * and the sum over pieces cut after spaces equals the width of the whole.
 */
export function createMeasurer(font: Font): (text: string) => number {
  const cache = new Map<string, number>();
  const unitsPerEm = font.unitsPerEm;

  const piece = (text: string): number => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const width = font.layout(text).advanceWidth / unitsPerEm;
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, width);
    return width;
  };

  return (text: string): number => {
    let width = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09) {
        width += piece(text.slice(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length) width += piece(text.slice(start));
    return width;
  };
}
