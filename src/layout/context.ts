import type { StyledTable } from '../style/types.js';
import type { FontMetrics, Hyphenator, ImageMetrics, StructRef } from './types.js';
import type { Problem } from '../diagnostics/problem.js';
import type { StructBuilder } from './structure.js';

/** What every block layout function gets: measuring, hyphenation, structure, warnings. */
export interface LayoutContext {
  metrics: FontMetrics;
  images: ImageMetrics;
  hyphenator: Hyphenator;
  lang: string;
  structure: StructBuilder;
  warn: (problem: Problem) => void;
  /** Values of `page-number` and `page-count` while laying out a header or footer. */
  fields: { pageNumber: number; pageCount: number } | null;
  /** Height of a page's content area: what a block with `fit="shrink"` must fit in (none: it never shrinks). */
  contentHeight?: number;
  /** What the columns of each table want, shared by the tables of one grid (see blocks/tableGrid.ts). */
  tableWants?: ReadonlyMap<StyledTable, readonly number[]>;
}

/** Where a block sits: its left x, its width, and the structure node its content belongs to. */
export interface BlockBox {
  x: number;
  width: number;
  struct: StructRef;
}
