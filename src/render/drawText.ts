import type { TextItem } from '../layout/types.js';
import type { DrawContext, Drawer } from './drawContext.js';
import { REPLACEMENT, replacementFont, splitByGlyphs } from './missingGlyphs.js';
import { writeGlyphs } from './writeGlyphs.js';

const TEXT_OPTIONS = { lineBreak: false, baseline: 'alphabetic' } as const;

/** Pieces of text cut after each U+0020, spaces kept: «a b» → «a », «b». */
function cutAfterSpaces(text: string): string[] {
  return text.match(/[^ ]* |[^ ]+$/g) ?? [];
}

/**
 * A cluster the item's font has no glyph for (layout has warned about it), in
 * the room layout gave it: the font's own .notdef glyph would be an empty box
 * that copies out as nothing, and PDF/A forbids drawing it. Instead the
 * replacement mark U+FFFD of a font that has one is centred in that room,
 * inside a Span whose ActualText is the cluster, so that copying the text
 * gives back the character of the data. Returns the pen after it.
 */
function drawMissing(ctx: DrawContext, item: TextItem, cluster: string, x: number): number {
  const { pdf } = ctx;
  const font = ctx.fonts.font(item.fontId);
  // The width layout measured for this cluster (the font's .notdef advance).
  const room = (font.layout(cluster).advanceWidth / font.unitsPerEm) * item.size;
  pdf.markContent('Span', { actual: cluster } as PDFKit.Mixins.MarkingOptions);
  const substitute = replacementFont(ctx.fonts);
  if (substitute) {
    const sub = ctx.fonts.font(substitute);
    const width = (sub.layout(REPLACEMENT).advanceWidth / sub.unitsPerEm) * item.size;
    pdf.font(substitute).text(REPLACEMENT, x + (room - width) / 2, item.y, TEXT_OPTIONS);
    pdf.font(item.fontId);
  }
  pdf.endMarkedContent();
  return x + room;
}

/** Draws `text` from pen position x; returns the pen after it. */
function drawPiece(ctx: DrawContext, item: TextItem, text: string, x: number): number {
  const { pdf } = ctx;
  // The glyphs layout measured with, shaped once per process (see assets/shapeText).
  const shaped = ctx.fonts.shape(item.fontId, text);
  if (shaped.drawsAll && !text.includes('\n')) return writeGlyphs(pdf, shaped, x, item.y);
  const font = ctx.fonts.font(item.fontId);
  let pen = x;
  for (const part of splitByGlyphs(font, text)) {
    if (part.missing) {
      pen = drawMissing(ctx, item, part.text, pen);
    } else {
      pdf.text(part.text, pen, item.y, TEXT_OPTIONS);
      pen = pdf.x;
    }
  }
  return pen;
}

/**
 * Text on its baseline at (x, y). With word spacing, the extra space goes
 * after every U+0020 and nowhere else: the pieces ending in a space are drawn
 * one after the other, each where pdfkit's own pen stopped (`pdf.x`) plus the
 * extra space. pdfkit's own `wordSpacing` option cannot be used: it splits on
 * /\s+/, so it also stretches non-breaking and thin spaces and drops their glyphs.
 */
export const drawText: Drawer<TextItem> = (ctx, item) => {
  if (item.text === '') return;
  ctx.pdf.font(item.fontId).fontSize(item.size).fillColor(item.color);
  if (item.wordSpacing === 0 || !item.text.includes(' ')) {
    drawPiece(ctx, item, item.text, item.x);
    return;
  }
  let x = item.x;
  for (const piece of cutAfterSpaces(item.text)) {
    x = drawPiece(ctx, item, piece, x) + (piece.endsWith(' ') ? item.wordSpacing : 0);
  }
};
