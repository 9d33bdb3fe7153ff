import type { ShapedGlyph, ShapedText } from '../layout/types.js';

/** The parts of pdfkit's document and embedded font this module reaches past the public API for. */
interface PdfkitText {
  _fontSize: number;
  _font: {
    id: string;
    subset: { includeGlyph(id: number): number };
    widths: (number | undefined)[];
    unicode: (readonly number[] | undefined)[];
    ref(): unknown;
  };
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string | Uint8Array): unknown;
}

/** Subset glyph ids as pdfkit writes them (4 hex digits), made once each per process. */
const HEX: string[] = [];
function hex4(gid: number): string {
  return (HEX[gid] ??= `0000${gid.toString(16)}`.slice(-4));
}

/** pdfkit's number format in content streams (PDFObject.number). */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`briefing: unsupported number ${n}`);
}

/**
 * Writes `text`, already shaped, at pen (x, baseline y) in the current font
 * and size: the same content operators, subset glyphs, widths and ToUnicode
 * entries as `pdf.text(text, x, y, { lineBreak: false, baseline: 'alphabetic' })`,
 * byte for byte, without shaping or measuring again: layout shaped the text
 * (once per process, see assets/shapeText) and placed it. pdfkit's own pen
 * (`pdf.x`, `pdf.y`) is left alone: every drawing call of render passes its position.
 */
export function writeGlyphs(doc: PDFKit.PDFDocument, shaped: ShapedText, x: number, y: number): void {
  const pdf = doc as unknown as PdfkitText;
  if (shaped.pieces.length === 0) return;
  const font = pdf._font;
  const size = pdf._fontSize;
  const height = pdf.page.height;

  // The operators as pdfkit writes them, one line each; given to the page at once.
  const top = height - y - 0;
  if (pdf.page.fonts[font.id] == null) pdf.page.fonts[font.id] = font.ref();
  let lines = `q\n1 0 0 -1 0 ${number(height)} cm\nBT\n1 0 0 1 ${number(x)} ${number(top)} Tm\n/${font.id} ${number(size)} Tf`;

  // One pass over the glyphs: a TJ array of hex strings, each ended by the
  // kerning of its last glyph; a glyph moved off the baseline gets a Tm of its own.
  const scale = size / 1000;
  let commands = '';
  let run = '';
  let runLast: ShapedGlyph | null = null;
  let hadOffset = false;
  let penX = x;
  const endRun = (): void => {
    if (runLast === null) return;
    commands += `${commands === '' ? '' : ' '}<${run}> ${number(-(runLast.xAdvance - runLast.advanceWidth))}`;
    run = '';
    runLast = null;
  };
  const flush = (): void => {
    endRun();
    if (commands !== '') {
      lines += `\n[${commands}] TJ`;
      commands = '';
    }
  };
  for (const piece of shaped.pieces) {
    for (const glyph of piece.glyphs) {
      const gid = font.subset.includeGlyph(glyph.id);
      if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth;
      if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
      if (glyph.xOffset || glyph.yOffset) {
        flush();
        lines += `\n1 0 0 1 ${number(penX + glyph.xOffset * scale)} ${number(top + glyph.yOffset * scale)} Tm`;
        run = hex4(gid);
        runLast = glyph;
        flush();
        hadOffset = true;
      } else {
        if (hadOffset) {
          lines += `\n1 0 0 1 ${number(penX)} ${number(top)} Tm`;
          hadOffset = false;
        }
        run += hex4(gid);
        runLast = glyph;
        if (glyph.xAdvance - glyph.advanceWidth !== 0) endRun();
      }
      penX += glyph.xAdvance * scale;
    }
  }
  flush();
  // As bytes, with the newline pdfkit adds to a string: Node converts the (ASCII) text natively, pdfkit char by char.
  pdf.addContent(Buffer.from(`${lines}\nET\nQ\n`, 'latin1'));
}
