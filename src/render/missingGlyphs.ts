import type { Font } from 'fontkit';
import type { FontLibrary } from '../assets/fontLibrary.js';
import { splitClusters } from '../assets/splitClusters.js';

/** A part of a text item: drawn by its font, or a cluster the font has no glyph for. */
export interface GlyphPart {
  text: string;
  missing: boolean;
}

/** The replacement character, drawn where a font has no glyph (never the font's empty .notdef box). */
export const REPLACEMENT = '\uFFFD';

/**
 * Cuts `text` into the parts `font` can draw and the clusters it cannot (a
 * base with its marks; a cluster is missing when any of its characters is).
 * Control characters draw nothing and never count as missing. One part,
 * not missing, for the usual text.
 */
export function splitByGlyphs(font: Font, text: string): GlyphPart[] {
  const parts: GlyphPart[] = [];
  for (const cluster of splitClusters(text)) {
    const missing = !cluster.control && cluster.codePoints.some((cp) => !font.hasGlyphForCodePoint(cp));
    const last = parts[parts.length - 1];
    if (last && !last.missing && !missing) last.text += cluster.text;
    else parts.push({ text: cluster.text, missing });
  }
  return parts;
}

/** Whether every character of `text` has a glyph in `font` (the quick test before splitting). */
export function drawsAll(font: Font, text: string): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp >= 0x20 && cp !== 0x7f && !font.hasGlyphForCodePoint(cp)) return false;
  }
  return true;
}

const replacements = new WeakMap<FontLibrary, string | null>();

/** The first font of the library with a glyph for U+FFFD, or null when none has one. */
export function replacementFont(fonts: FontLibrary): string | null {
  const known = replacements.get(fonts);
  if (known !== undefined) return known;
  const found = fonts.fontIds.find((id) => fonts.font(id).hasGlyphForCodePoint(REPLACEMENT.codePointAt(0)!)) ?? null;
  replacements.set(fonts, found);
  return found;
}
