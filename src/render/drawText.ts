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
  pdf.font(item.fontId).fontSize(item.size);
  fillColor(pdf, item.color);
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

/** The operators pdfkit writes for a fill colour «#rrggbb», as bytes, by colour (a theme has a few; emptied past MAX_FILLS). */
const FILL = new Map<string, Uint8Array>();
const MAX_FILLS = 256;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * `pdf.fillColor(color)`, for a colour «#rrggbb» written as pdfkit writes it
 * (the colour space, then the three parts divided by 255, in one write
 * instead of two, the text made once per colour); any other colour goes
 * through pdfkit itself.
 */
function fillColor(pdf: PDFKit.PDFDocument, color: string): void {
  if (!HEX_COLOR.test(color)) {
    pdf.fillColor(color);
    return;
  }
  let ops = FILL.get(color);
  if (ops === undefined) {
    const hex = parseInt(color.slice(1), 16);
    // The newline pdfkit adds to every string it writes.
    ops = Buffer.from(`/DeviceRGB cs\n${[hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255).join(' ')} scn\n`, 'latin1');
    if (FILL.size >= MAX_FILLS) FILL.clear();
    FILL.set(color, ops);
  }
  const doc = pdf as unknown as { addContent(data: Uint8Array): unknown; _fillColor: unknown };
  doc.addContent(ops);
  doc._fillColor = [color, undefined];
}
