/**
 * The reading checks the end-to-end tests rely on, on hand-made pages: a
 * check that cannot tell a cut figure from two numbers that merely meet
 * would pass broken output or fail good output.
 */
import { describe, expect, it } from 'vitest';
import type { PdfTextItem, ReadPdf } from './readPdf.js';
import { numbersCutAcrossLines } from './readingChecks.js';

const line = (str: string, y: number, x = 50): PdfTextItem => ({ str, x, y, width: str.length * 5, height: 10, fontName: 'PTSans-Regular' });
const pdfOf = (...items: PdfTextItem[]): ReadPdf => ({
  pages: [{ text: items.map((i) => i.str).join('\n'), items, width: 595, height: 842, structTree: null }],
  info: {},
  xmp: null,
  fonts: [],
});

describe('numbersCutAcrossLines', () => {
  it('finds a value cut in two, at a group space or inside a group', () => {
    expect(numbersCutAcrossLines(pdfOf(line('около 403 030', 100), line('643 803 кг', 112)), ['403 030 643 803'])).toEqual(['около 403 030 / 643 803 кг']);
    expect(numbersCutAcrossLines(pdfOf(line('изъято 612 41', 100), line('8 граммов', 112)), ['612 418'])).toEqual(['изъято 612 41 / 8 граммов']);
  });

  it('does not take two numbers that meet inside a value for a cut: «§ 3» over «8 июня» beside «643 803»', () => {
    expect(numbersCutAcrossLines(pdfOf(line('интернет-ресурс § 3', 100), line('8 июня 2066 г.', 112)), ['403 030 643 803'])).toEqual([]);
    expect(numbersCutAcrossLines(pdfOf(line('статья 12', 100), line('34 года', 112)), ['1 234'])).toEqual([]);
  });

  it('without values, reports any line ending in a digit over one starting with a digit, in the same column only', () => {
    expect(numbersCutAcrossLines(pdfOf(line('§ 3', 100), line('8 июня', 112)))).toEqual(['§ 3 / 8 июня']);
    expect(numbersCutAcrossLines(pdfOf(line('§ 3', 100), line('8 июня', 112, 300)))).toEqual([]);
  });
});
