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

/** Lowercase hex digits, as pdfkit writes subset glyph ids. */
const HEX_DIGITS = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** pdfkit's number format in content streams (PDFObject.number). */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`briefing: unsupported number ${n}`);
}

/**
 * Content-stream bytes written in place (the operators are ASCII): a text's
 * operators were otherwise a string built a glyph at a time, then converted.
 * One per process, reused by every call (render is synchronous); it grows
 * to the longest text met.
 */
class AsciiSink {
  private buf = new Uint8Array(4096);
  private n = 0;

  private room(more: number): void {
    if (this.n + more <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.n + more));
    bigger.set(this.buf.subarray(0, this.n));
    this.buf = bigger;
  }

  text(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.n++] = s.charCodeAt(i);
  }

  /** A number as pdfkit writes it. */
  num(v: number): void {
    this.text(String(number(v)));
  }

  /** A subset glyph id as pdfkit writes it: its last four hex digits. */
  hex4(gid: number): void {
    this.room(4);
    const b = this.buf;
    b[this.n++] = HEX_DIGITS[(gid >> 12) & 15]!;
    b[this.n++] = HEX_DIGITS[(gid >> 8) & 15]!;
    b[this.n++] = HEX_DIGITS[(gid >> 4) & 15]!;
    b[this.n++] = HEX_DIGITS[gid & 15]!;
  }

  /** Drops what an interrupted call left. */
  clear(): void {
    this.n = 0;
  }

  /** The bytes written since the last take, copied; the sink is empty again. */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.n);
    this.n = 0;
    return out;
  }
}

const sink = new AsciiSink();

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

  // The operators as pdfkit writes them, a line each, ended by a newline as pdfkit ends each write; given to the page at once.
  const top = height - y - 0;
  if (pdf.page.fonts[font.id] == null) pdf.page.fonts[font.id] = font.ref();
  sink.clear();
  sink.text('q\n1 0 0 -1 0 ');
  sink.num(height);
  sink.text(' cm\nBT\n1 0 0 1 ');
  sink.num(x);
  sink.text(' ');
  sink.num(top);
  sink.text(` Tm\n/${font.id} `);
  sink.num(size);
  sink.text(' Tf');

  // One pass over the glyphs: TJ arrays of hex strings, each ended by the
  // kerning of its last glyph; a glyph moved off the baseline gets a Tm of its own.
  const scale = size / 1000;
  let inArray = false;
  let runLast: ShapedGlyph | null = null;
  let hadOffset = false;
  let penX = x;
  const add = (glyph: ShapedGlyph, gid: number): void => {
    if (runLast === null) sink.text(inArray ? ' <' : '\n[<');
    inArray = true;
    sink.hex4(gid);
    runLast = glyph;
  };
  const endRun = (): void => {
    if (runLast === null) return;
    sink.text('> ');
    sink.num(-(runLast.xAdvance - runLast.advanceWidth));
    runLast = null;
  };
  const flush = (): void => {
    endRun();
    if (inArray) sink.text('] TJ');
    inArray = false;
  };
  for (const piece of shaped.pieces) {
    for (const glyph of piece.glyphs) {
      const gid = font.subset.includeGlyph(glyph.id);
      if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth;
      if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
      if (glyph.xOffset || glyph.yOffset) {
        flush();
        sink.text('\n1 0 0 1 ');
        sink.num(penX + glyph.xOffset * scale);
        sink.text(' ');
        sink.num(top + glyph.yOffset * scale);
        sink.text(' Tm');
        add(glyph, gid);
        flush();
        hadOffset = true;
      } else {
        if (hadOffset) {
          sink.text('\n1 0 0 1 ');
          sink.num(penX);
          sink.text(' ');
          sink.num(top);
          sink.text(' Tm');
          hadOffset = false;
        }
        add(glyph, gid);
        if (glyph.xAdvance - glyph.advanceWidth !== 0) endRun();
      }
      penX += glyph.xAdvance * scale;
    }
  }
  flush();
  sink.text('\nET\nQ\n');
  pdf.addContent(sink.take());
}
