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

export interface FontMetrics {
  /**
   * Splits text into runs, each drawn by the first font of the face's
   * fallback chain that has every character of the run.
   */
  resolveRuns(face: FontFace, text: string): FontRun[];
  /** Advance width of `text` in font `fontId` at a size of 1 pt (kerning applied). */
  measure(fontId: string, text: string): number;
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
