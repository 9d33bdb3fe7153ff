import type { StyledChart, TextStyle } from '../../style/types.js';
import type { DrawItem, StructRef, TextItem } from '../types.js';

/**
 * Chart geometry is pure: a chart's data and styles, a box, and a way to
 * measure and shape text in, DrawItems out. Text goes through a TextShaper so
 * that tests can use fake metrics.
 */
export interface TextShaper {
  /** Advance width of `text` at the style's size, in pt. */
  width(text: string, style: TextStyle): number;
  /** Ascent and descent (positive) of the style's font at its size, in pt. */
  ascent(style: TextStyle): number;
  descent(style: TextStyle): number;
  /** The text items that draw `text` with its baseline's left end at (x, baseline). */
  draw(text: string, x: number, baseline: number, style: TextStyle, struct: StructRef): TextItem[];
  /** Where a word may be hyphenated (offsets), when the chart knows its language. */
  hyphenate?: (word: string) => readonly number[];
}

/** What a chart draws: its bars, ticks and styles (the style stage's StyledChart). */
export type ChartSpec = Pick<StyledChart, 'style' | 'tickStyle' | 'bars' | 'ticks'>;

/** A horizontal band of a chart: the axis or one bar's row. Items are relative to its top, absolute in x. */
export interface ChartPart {
  height: number;
  items: DrawItem[];
}

/** A chart as bands that pagination may separate; the header (the axis) repeats where the chart continues. */
export interface ChartGeometry {
  header: ChartPart | null;
  rows: ChartPart[];
}
