import type { TextItem } from '../layout/types.js';
import type { Drawer } from './drawContext.js';
import { writeGlyphs } from './writeGlyphs.js';

/**
 * Text on its baseline: the glyph runs layout shaped and placed, written as
 * they are (render shapes, measures and moves nothing). A run that stands
 * for a cluster no font can draw is wrapped in a Span whose ActualText is
 * that cluster, so that copying the text gives back the character of the data.
 */
export const drawText: Drawer<TextItem> = ({ pdf }, item) => {
  if (item.glyphs.length === 0) return;
  pdf.font(item.fontId).fontSize(item.size).fillColor(item.color);
  let fontId = item.fontId;
  for (const run of item.glyphs) {
    if (run.actual !== null) pdf.markContent('Span', { actual: run.actual } as PDFKit.Mixins.MarkingOptions);
    if (run.fontId !== fontId) {
      pdf.font(run.fontId);
      fontId = run.fontId;
    }
    writeGlyphs(pdf, run.shaped, run.x, item.y);
    if (run.actual !== null) pdf.endMarkedContent();
  }
};
