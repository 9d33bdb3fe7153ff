/**
 * How render drew text before layout handed it glyphs: pdfkit shapes and
 * places every piece itself (`pdf.text`, its pen `pdf.x`), and the room of a
 * missing cluster is measured with fontkit. Kept here only as the oracle the
 * bytes of render must equal.
 */
import type { Font } from 'fontkit';
import type { TextItem } from '../../src/layout/types.js';
import type { DrawContext } from '../../src/render/drawContext.js';
import { splitClusters } from '../../src/assets/splitClusters.js';

const TEXT_OPTIONS = { lineBreak: false, baseline: 'alphabetic' } as const;
const REPLACEMENT = '\uFFFD';

function cutAfterSpaces(text: string): string[] {
  return text.match(/[^ ]* |[^ ]+$/g) ?? [];
}

function splitByGlyphs(font: Font, text: string): { text: string; missing: boolean }[] {
  const parts: { text: string; missing: boolean }[] = [];
  for (const cluster of splitClusters(text)) {
    const missing = !cluster.control && cluster.codePoints.some((cp) => !font.hasGlyphForCodePoint(cp));
    const last = parts[parts.length - 1];
    if (last && !last.missing && !missing) last.text += cluster.text;
    else parts.push({ text: cluster.text, missing });
  }
  return parts;
}

function drawMissing(ctx: DrawContext, item: TextItem, cluster: string, x: number): number {
  const { pdf } = ctx;
  const font = ctx.fonts.font(item.fontId);
  const room = (font.layout(cluster).advanceWidth / font.unitsPerEm) * item.size;
  pdf.markContent('Span', { actual: cluster } as PDFKit.Mixins.MarkingOptions);
  const substitute = ctx.fonts.fontIds.find((id) => ctx.fonts.font(id).hasGlyphForCodePoint(0xfffd));
  if (substitute) {
    const sub = ctx.fonts.font(substitute);
    const width = (sub.layout(REPLACEMENT).advanceWidth / sub.unitsPerEm) * item.size;
    pdf.font(substitute).text(REPLACEMENT, x + (room - width) / 2, item.y, TEXT_OPTIONS);
    pdf.font(item.fontId);
  }
  pdf.endMarkedContent();
  return x + room;
}

function drawPiece(ctx: DrawContext, item: TextItem, text: string, x: number): number {
  const { pdf } = ctx;
  let pen = x;
  for (const part of splitByGlyphs(ctx.fonts.font(item.fontId), text)) {
    if (part.missing) {
      pen = drawMissing(ctx, item, part.text, pen);
    } else {
      pdf.text(part.text, pen, item.y, TEXT_OPTIONS);
      pen = pdf.x;
    }
  }
  return pen;
}

export function referenceDrawText(ctx: DrawContext, item: TextItem): void {
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
}
