import type { LayoutContext } from '../context.js';
import type { Hyphenator } from '../types.js';
import { LruCache } from '../../cache/lruCache.js';
import { measurePiece } from './measurePiece.js';
import type { Piece, Word } from './words.js';
import { wordLength, wordText } from './words.js';

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
export function splitPoints(word: Word, ctx: LayoutContext, hyphenate: boolean | 'emergency', atNbsp = false): readonly SplitPoint[] {
  const cache = !atNbsp && hyphenate !== 'emergency';
  if (cache && word.splits && word.splits.hyphenate === hyphenate) return word.splits.points;
  const text = wordText(word);
  const shared = cache && text.length <= MAX_SHARED_SPLIT_LENGTH ? sharedSplits(ctx.hyphenator, ctx.lang, hyphenate) : undefined;
  const known = shared?.get(text);
  if (known !== undefined) {
    word.splits = { hyphenate: hyphenate === true, points: known };
    return known;
  }
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
      // In an emergency (a word wider than its box), hyphenate words, never a proper name or an abbreviation.
      if (hyphenate === 'emergency' && /^\p{Lu}/u.test(m[0])) continue;
      for (const off of ctx.hyphenator.hyphenate(m[0], ctx.lang)) {
        const at = m.index + off;
        if (!points.has(at)) points.set(at, true);
      }
    }
  }
  const sorted: readonly SplitPoint[] = Object.freeze(
    [...points.entries()].sort((a, b) => a[0] - b[0]).map(([offset, hyphen]) => Object.freeze({ offset, hyphen })),
  );
  if (cache) word.splits = { hyphenate: hyphenate === true, points: sorted };
  shared?.set(text, sorted);
  return sorted;
}

/** Split points kept across documents, per language and hyphenation setting, at most this many each. */
export const MAX_SHARED_SPLITS = 20_000;
/** Longer words (rare, and their points are many) are not kept across documents. */
const MAX_SHARED_SPLIT_LENGTH = 200;
const sharedByHyphenator = new WeakMap<Hyphenator, Map<string, [LruCache<string, readonly SplitPoint[]>, LruCache<string, readonly SplitPoint[]>]>>();

/**
 * Where the words of a language may be divided depends on the text, the
 * language and the hyphenator only: documents share what is found (every
 * render of a watch or studio meets the same words again).
 */
function sharedSplits(hyphenator: Hyphenator, lang: string, hyphenate: boolean): LruCache<string, readonly SplitPoint[]> {
  let byLang = sharedByHyphenator.get(hyphenator);
  if (!byLang) sharedByHyphenator.set(hyphenator, (byLang = new Map()));
  let pair = byLang.get(lang);
  if (!pair) byLang.set(lang, (pair = [new LruCache(MAX_SHARED_SPLITS), new LruCache(MAX_SHARED_SPLITS)]));
  return pair[hyphenate ? 1 : 0];
}

/**
 * The part [a, b) of a piece. The shorter side of a cut is measured; the
 * longer (the rest of a 10,000-character word) takes the piece's width minus
 * the shorter side's, so cutting a word line by line stays linear.
 */
function slicePiece(p: Piece, a: number, b: number, ctx: LayoutContext): Piece {
  if (a === 0 && b === p.text.length) return p;
  const inner = b - a;
  const middle = a > 0 && b < p.text.length;
  if (middle || inner <= p.text.length - inner || p.runs.length !== 1) return measurePiece(ctx.metrics, p.text.slice(a, b), p.style);
  const run = p.runs[0]!;
  const text = p.text.slice(a, b);
  const cutOff = a > 0 ? p.text.slice(0, a) : p.text.slice(b);
  const width = Math.max(0, p.width - measurePiece(ctx.metrics, cutOff, p.style).width);
  return { text, style: p.style, runs: [{ fontId: run.fontId, text }], runWidths: [width], width };
}

/** The part [from, to) of a word; a hyphen after it when asked. */
export function sliceWord(word: Word, from: number, to: number, ctx: LayoutContext, hyphen = false): Word {
  const pieces: Piece[] = [];
  let pos = 0;
  for (const p of word.pieces) {
    const end = pos + p.text.length;
    const a = Math.max(from, pos);
    const b = Math.min(to, end);
    if (a < b) pieces.push(slicePiece(p, a - pos, b - pos, ctx));
    pos = end;
  }
  if (hyphen && pieces.length > 0) {
    const last = pieces[pieces.length - 1]!;
    pieces[pieces.length - 1] = measurePiece(ctx.metrics, last.text + '-', last.style);
  }
  const whole = to >= wordLength(word);
  const splits = word.splits
    ? {
        hyphenate: word.splits.hyphenate,
        points: word.splits.points.filter((p) => p.offset > from && p.offset < to).map((p) => ({ ...p, offset: p.offset - from })),
      }
    : undefined;
  return {
    pieces,
    width: pieces.reduce((sum, p) => sum + p.width, 0),
    spaceAfter: whole ? word.spaceAfter : null,
    breakAfter: whole ? word.breakAfter : false,
    ...(splits ? { splits } : {}),
  };
}

/** Width of the part [start, end) of a word, without building it. */
export function rangeWidth(w: Word, start: number, end: number, ctx: LayoutContext): number {
  let width = 0;
  let pos = 0;
  for (const p of w.pieces) {
    const a = Math.max(start, pos);
    const b = Math.min(end, pos + p.text.length);
    if (a < b) width += a === pos && b === pos + p.text.length ? p.width : measurePiece(ctx.metrics, p.text.slice(a - pos, b - pos), p.style).width;
    pos += p.text.length;
  }
  return width;
}

/** Divides a word at `offset`; the left part gets a hyphen when asked. */
export function splitWordAt(word: Word, offset: number, hyphen: boolean, ctx: LayoutContext): [Word, Word] {
  return [sliceWord(word, 0, offset, ctx, hyphen), sliceWord(word, offset, wordLength(word), ctx)];
}

// Made on first use, not at import: an ICU object cannot go into a startup snapshot (scripts/build-snapshot.js).
let segmenter: Intl.Segmenter | undefined;
const graphemes = (text: string): Intl.Segments => (segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' })).segment(text);

const NUMBER_PART = /[\d.,\u00A0\u202F\u2212+-]/;

/** A cut between graphemes `a` and `b` would divide a number («1 263,5», «−7,5»): a figure is never cut. */
function insideNumber(a: string, b: string): boolean {
  return a !== '' && NUMBER_PART.test(a) && /\d/.test(b) ? true : /\d/.test(a) && NUMBER_PART.test(b);
}

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
  let prevG = '';
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
  // A long word repeats its graphemes: each distinct one is measured once per style.
  const widths = new Map<Piece['style'], Map<string, number>>();
  const graphemeWidth = (g: string, style: Piece['style']): number => {
    let known = widths.get(style);
    if (!known) widths.set(style, (known = new Map()));
    let w = known.get(g);
    if (w === undefined) known.set(g, (w = measurePiece(ctx.metrics, g, style).width));
    return w;
  };
  for (const p of word.pieces) {
    for (const g of graphemes(p.text)) {
      const gw = graphemeWidth(g.segment, p.style);
      if (used + gw > limit && used > 0 && !insideNumber(prevG, g.segment)) close();
      prevG = g.segment;
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
