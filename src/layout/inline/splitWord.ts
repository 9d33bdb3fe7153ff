import type { LayoutContext } from '../context.js';
import { measurePiece } from './measurePiece.js';
import type { Piece, Word } from './words.js';
import { wordText } from './words.js';

/** A place where a word may be divided: `hyphen` adds a visible hyphen at the line's end. */
export interface SplitPoint {
  offset: number;
  hyphen: boolean;
}

const LETTERS = /[\p{L}\p{M}]+/gu;
const SOFT_AFTER = /[-\u2010\u2013\u2014/]/;
const URL_BREAK_AFTER = /[/.?&=_#:-]/;

/** A web address or an e-mail (checked in linear time: words may be 10,000 characters long). */
function looksLikeUrl(text: string): boolean {
  if (text.includes('://') || text.startsWith('www.')) return true;
  const at = text.indexOf('@');
  return at > 0 && text.indexOf('.', at) > at + 1;
}

/** Where `word` may be divided, in increasing order: existing dashes, URL punctuation, hyphenation (and no-break spaces, as a last resort). */
export function splitPoints(word: Word, ctx: LayoutContext, hyphenate: boolean, atNbsp = false): SplitPoint[] {
  const text = wordText(word);
  const points = new Map<number, boolean>();
  // A no-break space holds words together unless they cannot share a line at all.
  // Never inside a number's digit groups («1 263»).
  if (atNbsp) {
    for (let i = 1; i < text.length; i++) {
      const ch = text[i - 1];
      if ((ch === '\u00A0' || ch === '\u202F') && !(/\d/.test(text[i - 2] ?? '') && /\d/.test(text[i] ?? ''))) points.set(i, false);
    }
  }
  const isUrl = looksLikeUrl(text);
  for (let i = 1; i < text.length - 1; i++) {
    const ch = text[i - 1]!;
    if (isUrl ? URL_BREAK_AFTER.test(ch) : SOFT_AFTER.test(ch) && /\p{L}/u.test(text[i - 2] ?? '') && /\p{L}/u.test(text[i]!)) {
      points.set(i, false);
    }
  }
  if (hyphenate && !isUrl) {
    for (const m of text.matchAll(LETTERS)) {
      if (m[0].length < 5) continue;
      for (const off of ctx.hyphenator.hyphenate(m[0], ctx.lang)) {
        const at = m.index + off;
        if (!points.has(at)) points.set(at, true);
      }
    }
  }
  return [...points.entries()].sort((a, b) => a[0] - b[0]).map(([offset, hyphen]) => ({ offset, hyphen }));
}

/** Divides a word at `offset`; the left part gets a hyphen when asked. */
export function splitWordAt(word: Word, offset: number, hyphen: boolean, ctx: LayoutContext): [Word, Word] {
  const left: Piece[] = [];
  const right: Piece[] = [];
  let pos = 0;
  for (const p of word.pieces) {
    const end = pos + p.text.length;
    if (end <= offset) left.push(p);
    else if (pos >= offset) right.push(p);
    else {
      left.push(measurePiece(ctx.metrics, p.text.slice(0, offset - pos), p.style));
      right.push(measurePiece(ctx.metrics, p.text.slice(offset - pos), p.style));
    }
    pos = end;
  }
  if (hyphen && left.length > 0) {
    const last = left[left.length - 1]!;
    left[left.length - 1] = measurePiece(ctx.metrics, last.text + '-', last.style);
  }
  const width = (ps: Piece[]) => ps.reduce((s, p) => s + p.width, 0);
  return [
    { pieces: left, width: width(left), spaceAfter: null, breakAfter: false },
    { pieces: right, width: width(right), spaceAfter: word.spaceAfter, breakAfter: word.breakAfter },
  ];
}

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Cuts a word longer than a line into pieces between graphemes (never inside
 * a letter with its accents): the first at most `first` wide, the others at
 * most `width`. Each grapheme is measured once, so this is linear in the
 * word's length.
 */
export function cutWord(word: Word, first: number, width: number, ctx: LayoutContext): Word[] {
  const chunks: Word[] = [];
  let pieces: Piece[] = [];
  let used = 0;
  let limit = first;
  let pending: { text: string; style: Piece['style'] } | null = null;
  const flushPending = () => {
    if (pending && pending.text) pieces.push(measurePiece(ctx.metrics, pending.text, pending.style));
    pending = null;
  };
  const close = () => {
    flushPending();
    const w = pieces.reduce((sum, p) => sum + p.width, 0);
    chunks.push({ pieces, width: w, spaceAfter: null, breakAfter: false });
    pieces = [];
    used = 0;
    limit = width;
  };
  for (const p of word.pieces) {
    for (const g of segmenter.segment(p.text)) {
      const gw = measurePiece(ctx.metrics, g.segment, p.style).width;
      if (used + gw > limit && used > 0) close();
      if (!pending || pending.style !== p.style) {
        flushPending();
        pending = { text: '', style: p.style };
      }
      pending.text += g.segment;
      used += gw;
    }
    flushPending();
  }
  close();
  const last = chunks[chunks.length - 1]!;
  chunks[chunks.length - 1] = { ...last, spaceAfter: word.spaceAfter, breakAfter: word.breakAfter };
  return chunks;
}
