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
 * The fonts the document's text is drawn in. Only these are registered: a
 * theme's fallback fonts are parsed only when a text needs one (registering
 * every font of the library parsed all fourteen bundled fonts for every
 * document). pdfkit names a font's resource when it is first drawn with, not
 * when it is registered, so the bytes do not depend on this.
 */
export function fontsDrawn(doc: LaidOutDocument): Set<string> {
  const ids = new Set<string>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.kind !== 'text' || item.glyphs.length === 0) continue;
      ids.add(item.fontId);
      for (const run of item.glyphs) ids.add(run.fontId);
    }
  }
  return ids;
}

/**
 * Draws a laid-out document with pdfkit and resolves to the PDF's bytes. It
 * executes the items as they are: it never measures or moves anything. The
 * same input gives byte-identical output.
 */
export async function renderPdf(doc: LaidOutDocument, options: RenderPdfOptions): Promise<Uint8Array> {
  const pdf = createPdfDocument(doc, { pdfa: options.pdfa });
  const bytes = collectBytes(pdf);
  const registered = new Set<string>();
  const useFont = (fontId: string): string => {
    if (registered.has(fontId)) return fontId;
    // pdfkit accepts a parsed fontkit font: the files are parsed once per process.
    const font = options.fonts.font(fontId);
    ownGlyphCodePoints(font);
    pdf.registerFont(fontId, font as unknown as Uint8Array);
    registered.add(fontId);
    return fontId;
  };
  for (const fontId of fontsDrawn(doc)) useFont(fontId);
  const ctx: DrawContext = { pdf, fonts: options.fonts, images: await prepareImages(pdf, doc), useFont };
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
