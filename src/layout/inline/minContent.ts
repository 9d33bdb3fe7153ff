import type { LayoutContext } from '../context.js';
import { rangeWidth, splitPoints } from './splitWord.js';
import { wordLength, wordText, type Word } from './words.js';

/**
 * The widest part of `word` that no line break may divide: between the points
 * where it may be hyphenated in an emergency (never a name), a URL or a dash
 * divides it. A number with its groups, sign and unit (joined by no-break
 * spaces) is one part.
 */
export function unbreakableWidth(word: Word, ctx: LayoutContext): number {
  // A figure is read whole: its unit is hyphenated only when nothing else fits.
  if (isFigure(word)) return word.width;
  const points = splitPoints(word, ctx, 'emergency');
  let widest = 0;
  let from = 0;
  for (const at of [...points.map((p) => p.offset), wordLength(word)]) {
    widest = Math.max(widest, rangeWidth(word, from, at, ctx) + (at < wordLength(word) ? hyphenAllowance(word) : 0));
    from = at;
  }
  return widest;
}

/** A number joined to its unit or qualifier by a no-break space: «7 654 321 құқықбұзушылық», «почти 46 кг». */
export function isFigure(word: Word): boolean {
  const text = wordText(word);
  return /\d/.test(text) && /\p{L}/u.test(text) && /[\u00A0\u202F]/.test(text);
}

function hyphenAllowance(word: Word): number {
  const size = word.pieces[word.pieces.length - 1]?.style.size ?? 0;
  return size * 0.35;
}

/** The narrowest width the words can be set in without cutting any of them. */
export function wordsMinWidth(words: readonly Word[], ctx: LayoutContext): number {
  let widest = 0;
  for (const w of words) widest = Math.max(widest, unbreakableWidth(w, ctx));
  return widest;
}
