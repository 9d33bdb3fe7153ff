import type { TextItem } from '../layout/types.js';
import type { Drawer } from './drawContext.js';

const TEXT_OPTIONS = { lineBreak: false, baseline: 'alphabetic' } as const;

/** Pieces of text cut after each U+0020, spaces kept: «a b» → «a », «b». */
function cutAfterSpaces(text: string): string[] {
  return text.match(/[^ ]* |[^ ]+$/g) ?? [];
}

/**
 * Text on its baseline at (x, y). With word spacing, the extra space goes
 * after every U+0020 and nowhere else: the pieces ending in a space are drawn
 * one after the other, each where pdfkit's own pen stopped (`pdf.x`) plus the
 * extra space. pdfkit's own `wordSpacing` option cannot be used: it splits on
 * /\s+/, so it also stretches non-breaking and thin spaces and drops their glyphs.
 */
export const drawText: Drawer<TextItem> = ({ pdf }, item) => {
  if (item.text === '') return;
  pdf.font(item.fontId).fontSize(item.size).fillColor(item.color);
  if (item.wordSpacing === 0 || !item.text.includes(' ')) {
    pdf.text(item.text, item.x, item.y, TEXT_OPTIONS);
    return;
  }
  let x = item.x;
  for (const piece of cutAfterSpaces(item.text)) {
    pdf.text(piece, x, item.y, TEXT_OPTIONS);
    x = pdf.x + (piece.endsWith(' ') ? item.wordSpacing : 0);
  }
};
