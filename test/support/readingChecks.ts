/**
 * Reading a PDF back the way a journalist reads it, line by line from the
 * text positions pdf.js gives: figures split over two lines, words cut without
 * a hyphen, justified lines that end short inside a paragraph.
 */
import type { PdfTextItem, ReadPdf } from './readPdf.js';

/** Text on one baseline that is one piece (no gap wider than a space): a line of one column. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  fontName: string;
}

const SPACES = /[\s\u00A0\u202F\u2009]+/g;

/** Every page's segments, top to bottom and left to right. A gap over `gapFactor` × size starts a new segment. */
export function pageSegments(pdf: ReadPdf, gapFactor = 0.9): Segment[][] {
  return pdf.pages.map((page) => {
    const rows: PdfTextItem[][] = [];
    for (const it of page.items) {
      if (!it.str.trim()) continue;
      const row = rows.find((r) => Math.abs(r[0]!.y - it.y) < 1);
      if (row) row.push(it);
      else rows.push([it]);
    }
    const out: Segment[] = [];
    for (const row of rows.sort((a, b) => a[0]!.y - b[0]!.y)) {
      row.sort((a, b) => a.x - b.x);
      let cur: Segment | null = null;
      for (const it of row) {
        const size = it.height || 10;
        if (cur && it.x - cur.x1 <= gapFactor * size) {
          cur.text += (it.x - cur.x1 > size * 0.15 ? ' ' : '') + it.str;
          cur.x1 = Math.max(cur.x1, it.x + it.width);
        } else {
          if (cur) out.push(cur);
          cur = { text: it.str, x0: it.x, x1: it.x + it.width, y: it.y, size, fontName: it.fontName };
        }
      }
      if (cur) out.push(cur);
    }
    return out.map((s) => ({ ...s, text: s.text.replace(SPACES, ' ').trim() }));
  });
}

const norm = (s: string) => s.replace(SPACES, ' ').trim();

/** The figures (as printed: «1 234 567 890 тыс. тенге») that no single line holds whole. */
export function splitFigures(pdf: ReadPdf, figures: readonly string[]): string[] {
  const lines = pageSegments(pdf, 40)
    .flat()
    .map((s) => s.text);
  return figures.filter((f) => !lines.some((l) => l.includes(norm(f))));
}

const MARK = /^\d{1,3}$/;
/** Lines of one paragraph are closer than this many times their size (the themes set lines at 1.05–1.4); the next paragraph or table row is farther. */
const LINE_GAP = 1.5;

/**
 * Lines ending in a digit whose next line, in the same column, goes on with a
 * digit: «612 41» / «8». With `values` (the numbers of the data as printed:
 * «612 418»), only a pair whose two ends join into one of them counts, so
 * that a heading ending in «§ 3» over a date line is not taken for a cut.
 */
export function numbersCutAcrossLines(pdf: ReadPdf, values?: readonly string[]): string[] {
  const found: string[] = [];
  const known = values?.map((v) => v.replace(SPACES, ' '));
  const joins = (a: string, b: string): boolean => {
    const end = /[\d\u2212+-][\d ,.]*$/.exec(a)?.[0]?.trim() ?? '';
    const start = /^[\d][\d ,.]*/.exec(b)?.[0]?.trim() ?? '';
    if (!/\d/.test(end) || start === '') return false;
    // A value cut in two: the line ends with its first part and the next line starts with the rest
    // («403 030 643» / «803»), not merely two digits that meet somewhere inside it («§ 3» / «8 июня»
    // against «643 803»).
    return known!.some((v) => {
      for (let k = 1; k < v.length; k++) {
        const head = v.slice(0, k).trim();
        const tail = v.slice(k).trim();
        if (!head || !tail || !end.endsWith(head) || !start.startsWith(tail)) continue;
        if (/\d/.test(end.charAt(end.length - head.length - 1)) || /\d/.test(start.charAt(tail.length))) continue;
        return true;
      }
      return false;
    });
  };
  for (const segs of pageSegments(pdf)) {
    segs.forEach((s, i) => {
      if (!/[\d,.\u2212-]$/.test(s.text) || !/\d/.test(s.text)) return;
      const next = segs.slice(i + 1).find((n) => n.y > s.y + 0.5 && n.y - s.y < s.size * LINE_GAP && Math.abs(n.x0 - s.x0) < 1);
      if (!next || !/^[\d,.]/.test(next.text)) return;
      // Footnote marks, raised off their line, stand alone one under another: «1» / «2» is a column of marks.
      if (MARK.test(s.text) && MARK.test(next.text)) return;
      if (known && !joins(s.text, next.text)) return;
      found.push(`${s.text} / ${next.text}`);
    });
  }
  return found;
}

const LETTERS = /[\p{L}\p{M}]+-?/gu;

/** Every word of a text, lower case. */
export function vocabulary(...texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const t of texts) for (const m of t.toLowerCase().matchAll(/[\p{L}\p{M}]+/gu)) words.add(m[0]);
  return words;
}

/**
 * Words cut without a hyphen: a piece of letters that is no word of the
 * vocabulary, unless it ends with a hyphen (the start of a hyphenated word)
 * or starts a line as the rest of one. Pieces shorter than 3 letters are not judged.
 */
export function cutWords(pdf: ReadPdf, vocab: ReadonlySet<string>): string[] {
  const all = [...vocab];
  const found: string[] = [];
  for (const segs of pageSegments(pdf)) {
    for (const s of segs) {
      const tokens = [...s.text.toLowerCase().matchAll(LETTERS)];
      tokens.forEach((m, k) => {
        const token = m[0];
        if (token.endsWith('-')) {
          const stem = token.slice(0, -1);
          if (vocab.has(stem) || all.some((w) => w.startsWith(stem))) return;
        }
        if (token.replace(/-$/, '').length < 3 || vocab.has(token)) return;
        // The rest of a word hyphenated on the line before; it may end in a hyphen of its own («тернет-» of «интернет-ресурс»).
        const rest = token.replace(/-$/, '');
        if (k === 0 && all.some((w) => w.endsWith(rest))) return;
        found.push(`${token} in «${s.text}»`);
      });
    }
  }
  return found;
}

/**
 * Lines of justified text that end short inside a paragraph: in a column
 * (same left edge) whose lines reach one right edge, a line followed closely
 * (within 1.45 line sizes) by another of the same column that stops more than
 * 3 pt before that edge.
 */
export function strandedLines(pdf: ReadPdf, fontMatch = /Serif/): string[] {
  const found: string[] = [];
  for (const segs of pageSegments(pdf)) {
    const text = segs.filter((s) => fontMatch.test(s.fontName));
    const columns = new Map<number, Segment[]>();
    for (const s of text) {
      const key = [...columns.keys()].find((x) => Math.abs(x - s.x0) < 0.5) ?? s.x0;
      columns.set(key, [...(columns.get(key) ?? []), s]);
    }
    for (const col of columns.values()) {
      const right = Math.max(...col.map((s) => s.x1));
      if (col.filter((s) => right - s.x1 < 0.5).length < 2) continue;
      col.sort((a, b) => a.y - b.y);
      col.forEach((s, i) => {
        const next = col[i + 1];
        if (next && next.y - s.y < s.size * 1.45 && right - s.x1 > 3) found.push(s.text);
      });
    }
  }
  return found;
}
