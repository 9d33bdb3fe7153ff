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

/** Composite-glyph flags (OpenType `glyf`). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
/** numberOfContours and the bounding box. */
const GLYF_HEADER_BYTES = 10;

/**
 * The components of a composite glyph, read from its glyf bytes: each one's
 * glyph id and the offset of that id (the same `pos` fontkit's decoder gives);
 * null for a simple or empty glyph, undefined when the bytes end before the
 * components do (a broken font: fontkit's decoder decides then).
 */
export function glyphComponents(bytes: Uint8Array): { glyphID: number; pos: number }[] | null | undefined {
  if (bytes.length < GLYF_HEADER_BYTES) return bytes.length === 0 ? null : undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt16(0) >= 0) return null;
  const components: { glyphID: number; pos: number }[] = [];
  let at = GLYF_HEADER_BYTES;
  let flags = MORE_COMPONENTS;
  while (flags & MORE_COMPONENTS) {
    if (at + 4 > bytes.length) return undefined;
    flags = view.getUint16(at);
    components.push({ glyphID: view.getUint16(at + 2), pos: at + 2 });
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
  }
  return at <= bytes.length ? components : undefined;
}

function readGlyph(font: FontkitTtf, gid: number): GlyphData {
  const glyph = font.getGlyph(gid);
  const start = font.loca.offsets[gid]!;
  const end = font.loca.offsets[gid + 1]!;
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  const bytes = stream.readBuffer(Math.max(0, end - start));
  // Only a composite's component ids matter here, so the outline is not
  // decoded (fontkit's _decode builds every point of it).
  let components = glyphComponents(bytes);
  if (components === undefined) {
    const glyf = glyph._decode();
    components = glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos })) : null;
  }
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
