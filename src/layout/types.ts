import type { DocumentMeta } from '../view/types.js';

/**
 * Layout works in PDF points with the origin at the top left of the page.
 * It measures through FontMetrics (implemented in src/assets, faked in tests)
 * and produces flat per-page lists of DrawItems that src/render only executes.
 */

export interface FontFace {
  /** Family key of the theme: `sans`, `serif`. */
  family: string;
  bold: boolean;
  italic: boolean;
}

/** A piece of text that one concrete font draws. */
export interface FontRun {
  fontId: string;
  text: string;
}

/** One glyph as pdfkit writes it: positions in 1/1000 em, exactly as pdfkit scales fontkit's. */
export interface ShapedGlyph {
  id: number;
  codePoints: readonly number[];
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  /** The glyph's own advance (without kerning), 1/1000 em. */
  advanceWidth: number;
}

/** A piece of text cut after a space or tab (or the last piece), shaped once. */
export interface ShapedPiece {
  glyphs: readonly ShapedGlyph[];
  /** Sum of the xAdvances, 1/1000 em (pdfkit's width of the piece). */
  advance: number;
  /** fontkit's advance / unitsPerEm: the width at 1 pt that layout measures with. */
  width: number;
  /** Every character that draws something has a glyph in the font. */
  drawsAll: boolean;
}

/** A text as pdfkit would shape it to draw it: its pieces in order. */
export interface ShapedText {
  pieces: readonly ShapedPiece[];
  /** pdfkit's width of the whole text, 1/1000 em (the pieces' advances added in order). */
  advance: number;
  drawsAll: boolean;
}

export interface FontMetrics {
  /**
   * Splits text into runs, each drawn by the first font of the face's
   * fallback chain that has every character of the run.
   */
  resolveRuns(face: FontFace, text: string): FontRun[];
  /** Advance width of `text` in font `fontId` at a size of 1 pt (kerning applied). */
  measure(fontId: string, text: string): number;
  /**
   * `text` shaped by font `fontId` as pdfkit would draw it, pieces cut after
   * spaces: the same cached shaping `measure` adds up, handed on to render.
   */
  shape(fontId: string, text: string): ShapedText;
  /** Width at 1 pt of `text` laid out whole, never cut at a space (a cluster the font cannot draw). */
  measureCluster(fontId: string, text: string): number;
  /** Whether font `fontId` itself (no fallback) has a glyph for the code point. */
  hasGlyph(fontId: string, codePoint: number): boolean;
  /** The font that draws U+FFFD in place of a cluster no font has: the first of the library with it, or null. */
  replacementFont(): string | null;
  /** Ascent and descent (positive) of the font at a size of 1 pt. */
  ascent(fontId: string): number;
  descent(fontId: string): number;
  /** Characters of `text` that no font of the chain can draw. */
  missing(face: FontFace, text: string): string[];
}

/** Text hyphenation and typography, injected into layout. */
export interface Hyphenator {
  /** Break offsets inside `word` (UTF-16 indices) where a hyphen may go. */
  hyphenate(word: string, lang: string): number[];
}

export type Color = string; // `#rrggbb`

/** Where a drawn item belongs in the tagged structure (see StructNode). */
export type StructRef = number | 'artifact';

/**
 * Glyphs of a text item as render writes them, at the pen position layout
 * gave them: render moves and measures nothing.
 */
export interface GlyphRun {
  /** The font of the glyphs: the item's, or the replacement font's for a cluster the item's font cannot draw. */
  fontId: string;
  /** Pen x on the page where the glyphs start, pt (justification's extra space included). */
  x: number;
  shaped: ShapedText;
  /** For a replacement: the cluster of the text it stands for (copied out as its ActualText); otherwise null. */
  actual: string | null;
}

export interface TextItem {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  fontId: string;
  size: number;
  color: Color;
  text: string;
  /** Extra space added to each U+0020 (justification), in pt. */
  wordSpacing: number;
  /** Width the text occupies, for checks and links. */
  width: number;
  /** `text` shaped and placed (see placeGlyphs), in drawing order; on the item's baseline. */
  glyphs: readonly GlyphRun[];
  struct: StructRef;
}

export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Color | null;
  stroke: Color | null;
  lineWidth: number;
  struct: StructRef;
}

export interface LineItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: Color;
  width: number;
  struct: StructRef;
}

export interface ImageItem {
  kind: 'image';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Absolute path of a PNG, JPEG or SVG. */
  src: string;
  struct: StructRef;
}

export type DrawItem = TextItem | RectItem | LineItem | ImageItem;

/** The logical structure of the document, for tagged PDF. */
export interface StructNode {
  id: number;
  /** PDF structure type: Document, H1, H2, P, L, LI, Lbl, LBody, Table, THead, TBody, TR, TH, TD, Figure, Quote, Note, Sect, Div. */
  role: string;
  alt: string | null;
  children: StructNode[];
}

export interface LaidOutPage {
  items: DrawItem[];
}

export interface LaidOutDocument {
  width: number;
  height: number;
  pages: LaidOutPage[];
  structure: StructNode;
  meta: DocumentMeta;
}

/** Intrinsic sizes of images (implemented in src/assets). */
export interface ImageMetrics {
  size(src: string): { width: number; height: number };
}
