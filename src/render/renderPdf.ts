import type { LaidOutDocument } from '../layout/types.js';
import type { FontLibrary } from '../assets/fontLibrary.js';
import { createPdfDocument } from './createPdfDocument.js';
import { collectBytes } from './collectBytes.js';
import { prepareImages } from './prepareImages.js';
import { markStructure } from './markStructure.js';
import { drawItem } from './drawItem.js';
import { ownGlyphCodePoints } from '../assets/ownGlyphCodePoints.js';
import type { DrawContext } from './drawContext.js';

export interface RenderPdfOptions {
  fonts: FontLibrary;
  /** Write PDF/A-2a (tagged, XMP identification, sRGB output intent). */
  pdfa: boolean;
}

/**
 * Draws a laid-out document with pdfkit and resolves to the PDF's bytes. It
 * executes the items as they are: it never measures or moves anything. The
 * same input gives byte-identical output.
 */
export async function renderPdf(doc: LaidOutDocument, options: RenderPdfOptions): Promise<Uint8Array> {
  const pdf = createPdfDocument(doc, { pdfa: options.pdfa });
  const bytes = collectBytes(pdf);
  for (const fontId of options.fonts.fontIds) {
    // pdfkit accepts a parsed fontkit font: the files are parsed once per process.
    const font = options.fonts.font(fontId);
    ownGlyphCodePoints(font);
    pdf.registerFont(fontId, font as unknown as Uint8Array);
  }
  const ctx: DrawContext = { pdf, fonts: options.fonts, images: await prepareImages(pdf, doc) };
  const marker = markStructure(pdf, doc.structure);
  const pages = doc.pages.length > 0 ? doc.pages : [{ items: [] }];
  for (const page of pages) {
    pdf.addPage({ size: [doc.width, doc.height], margin: 0 });
    for (const item of page.items) {
      marker.enter(item.struct);
      drawItem(ctx, item);
    }
    marker.close();
  }
  pdf.end();
  return bytes;
}
