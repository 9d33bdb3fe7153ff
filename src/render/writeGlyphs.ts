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
  addContent(data: string): unknown;
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

  const encoded: string[] = [];
  const positions: ShapedGlyph[] = [];
  for (const piece of shaped.pieces) {
    for (const glyph of piece.glyphs) {
      const gid = font.subset.includeGlyph(glyph.id);
      encoded.push(hex4(gid));
      if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth;
      if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
      positions.push(glyph);
    }
  }

  // The operators as pdfkit writes them, one line each; given to the page at once (pdfkit ends every write with a newline).
  const lines: string[] = [];
  lines.push('q', `1 0 0 -1 0 ${number(height)} cm`);
  const top = height - y - 0;
  if (pdf.page.fonts[font.id] == null) pdf.page.fonts[font.id] = font.ref();
  lines.push('BT', `1 0 0 1 ${number(x)} ${number(top)} Tm`, `/${font.id} ${number(size)} Tf`);

  const scale = size / 1000;
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  let penX = x;
  const addSegment = (cur: number): void => {
    if (last < cur) {
      const pos = positions[cur - 1]!;
      commands.push(`<${encoded.slice(last, cur).join('')}> ${number(-(pos.xAdvance - pos.advanceWidth))}`);
    }
    last = cur;
  };
  const flush = (i: number): void => {
    addSegment(i);
    if (commands.length > 0) {
      lines.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      lines.push(`1 0 0 1 ${number(penX + pos.xOffset * scale)} ${number(top + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        lines.push(`1 0 0 1 ${number(penX)} ${number(top)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    penX += pos.xAdvance * scale;
  }
  flush(i);
  lines.push('ET', 'Q');
  pdf.addContent(lines.join('\n'));
}
