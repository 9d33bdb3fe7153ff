import type { Font } from 'fontkit';
import { LruCache } from '../cache/lruCache.js';

/** What a TrueType subset copies of one glyph: its glyf bytes, components, metrics. */
interface GlyphData {
  bytes: Uint8Array;
  /** Components of a composite glyph (their ids and where each id sits in `bytes`), or null. */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

/** The parts of fontkit's TrueType font and subset this module reaches past the public API for. */
interface FontkitTtf {
  _variationProcessor?: unknown;
  loca: { offsets: number[] };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(id: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  createSubset(): TtfSubset;
}
interface TtfSubset {
  _addGlyph?: (gid: number) => number;
  encode(): Uint8Array;
  glyphs: number[];
  includeGlyph(gid: number): number;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
}

const caches = new WeakMap<Font, Map<number, GlyphData>>();
/** Encoded subsets per font, by their glyph list: a document rendered again embeds the same subset. */
export const MAX_ENCODED_SUBSETS = 16;
const encodedSubsets = new WeakMap<Font, LruCache<string, Uint8Array>>();

/** Encoded subsets held for `font` now (for tests: bounded). */
export function cachedEncodedSubsets(font: Font): number {
  return encodedSubsets.get(font)?.size ?? 0;
}

/** Glyph data held for `font` now (for tests: bounded by the font's glyph count). */
export function cachedSubsetGlyphs(font: Font): number {
  return caches.get(font)?.size ?? 0;
}

function readGlyph(font: FontkitTtf, gid: number): GlyphData {
  const glyph = font.getGlyph(gid);
  const glyf = glyph._decode();
  const start = font.loca.offsets[gid]!;
  const end = font.loca.offsets[gid + 1]!;
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  const bytes = stream.readBuffer(end - start);
  const components = glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos })) : null;
  return { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}

/**
 * Makes every TrueType subset of `font` copy glyphs from data read once per
 * process. fontkit's subset decodes each glyph's whole outline, in every
 * document, only to learn whether it is a composite; the bytes it writes are
 * the same as here (the glyf entry, component ids renumbered), so the PDFs
 * are unchanged. Fonts with variations or CFF outlines keep fontkit's own way.
 */
export function cacheSubsetGlyphs(font: Font): void {
  const ttf = font as unknown as FontkitTtf;
  if (caches.has(font) || ttf._variationProcessor) return;
  const cache = new Map<number, GlyphData>();
  caches.set(font, cache);
  const encoded = new LruCache<string, Uint8Array>(MAX_ENCODED_SUBSETS);
  encodedSubsets.set(font, encoded);
  const createSubset = ttf.createSubset.bind(ttf);
  ttf.createSubset = (): TtfSubset => {
    const subset = createSubset();
    if (typeof subset._addGlyph !== 'function' || !('loca' in ttf)) return subset;
    subset._addGlyph = function addGlyph(this: TtfSubset, gid: number): number {
      let data = cache.get(gid);
      if (data === undefined) {
        data = readGlyph(ttf, gid);
        cache.set(gid, data);
      }
      let buffer = data.bytes;
      if (data.components) {
        buffer = new Uint8Array(data.bytes);
        const view = new DataView(buffer.buffer);
        for (const component of data.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
      }
      this.glyf.push(buffer);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: data.advance, bearing: data.bearing });
      this.offset += buffer.length;
      return this.glyf.length - 1;
    };
    const encode = subset.encode.bind(subset);
    subset.encode = (): Uint8Array => {
      // The glyphs asked for decide the bytes (composites' components follow from them).
      const key = subset.glyphs.join(',');
      const known = encoded.get(key);
      if (known) return known;
      const bytes = encode();
      encoded.set(key, bytes);
      return bytes;
    };
    return subset;
  };
}
