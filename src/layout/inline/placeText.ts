import type { FontMetrics, TextItem } from '../types.js';
import { placeGlyphs } from './placeGlyphs.js';

/** A text item as layout positions it, before its glyphs are placed. */
export type PlacedText = Omit<TextItem, 'glyphs'>;

/** The text item with its glyphs shaped through `metrics` and placed from its x (see placeGlyphs). */
export function placeText(metrics: FontMetrics, item: PlacedText): TextItem {
  return { ...item, glyphs: placeGlyphs(metrics, item.fontId, item.text, item.x, item.size, item.wordSpacing) };
}
