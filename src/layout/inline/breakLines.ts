import type { LayoutContext } from '../context.js';
import type { Word } from './words.js';
import { cutWord, rangeWidth, splitPoints, splitWordAt } from './splitWord.js';
import { measurePiece } from './measurePiece.js';

export interface Line {
  words: Word[];
  /** Width of the words and the spaces between them, unstretched. */
  width: number;
  /** The paragraph's last line, or a line ended by a forced break: never justified. */
  ends: boolean;
  /** How far its spaces may stretch when justified (parts of their width); SPACE_STRETCH_LIMIT when not given. */
  maxStretch?: number;
}

function spaceWidth(w: Word | undefined): number {
  return w?.spaceAfter ? w.spaceAfter.width : 0;
}

/**
 * Greedy line breaking with hyphenation: each line takes as many words as fit;
 * a word that does not fit is divided at its best point (an existing dash,
 * then a hyphenation point) when that leaves a fuller line, and a word longer
 * than a whole line is cut between graphemes.
 */
export function breakLines(words: readonly Word[], maxWidth: number, ctx: LayoutContext, hyphenate: boolean): Line[] {
  const lines: Line[] = [];
  let cur: Word[] = [];
  let width = 0;
  const finish = (ends: boolean) => {
    lines.push({ words: cur, width, ends });
    cur = [];
    width = 0;
  };
  const queue = [...words].reverse();
  while (queue.length > 0) {
    const word = queue.pop()!;
    const gap = cur.length > 0 ? spaceWidth(cur[cur.length - 1]) : 0;
    if (width + gap + word.width <= maxWidth + 1e-6 || (cur.length === 0 && word.width <= maxWidth + 1e-6)) {
      cur.push(word);
      width += gap + word.width;
      if (word.breakAfter) finish(true);
      continue;
    }
    const room = maxWidth - width - gap;
    // The paragraph's last word is not hyphenated to fill a line: a piece alone on the last line reads badly.
    const split = bestSplit(word, room, ctx, hyphenate && queue.length > 0, cur.length === 0);
    if (split) {
      cur.push(split[0]);
      width += gap + split[0].width;
      finish(false);
      queue.push(split[1]);
      continue;
    }
    if (cur.length > 0) {
      finish(false);
      queue.push(word);
      continue;
    }
    // A word longer than a whole line: hyphenate it (even where the style does not, never a name),
    // else divide it at a no-break space (never inside a number), else between graphemes.
    const loose = bestSplit(word, maxWidth, ctx, 'emergency', true) ?? bestSplit(word, maxWidth, ctx, 'emergency', true, true);
    if (loose) {
      cur.push(loose[0]);
      width += loose[0].width;
      finish(false);
      queue.push(loose[1]);
      continue;
    }
    // Else cut it between graphemes, in one pass over the word.
    const chunks = cutWord(word, maxWidth, maxWidth, ctx);
    for (const chunk of chunks.slice(0, -1)) {
      cur.push(chunk);
      width = chunk.width;
      finish(false);
    }
    const rest = chunks[chunks.length - 1]!;
    if (chunks.length === 1) {
      // Not even one grapheme fits: it stands alone on its line.
      cur.push(rest);
      width = rest.width;
      finish(rest.breakAfter);
    } else queue.push(rest);
  }
  if (cur.length > 0) finish(true);
  return lines;
}

/**
 * The division of `word` whose first part fills `room` best; null when none
 * fits. The points are tried in order with the first part's width summed
 * piece by piece, so a long word costs one pass, not one per point.
 */
function bestSplit(word: Word, room: number, ctx: LayoutContext, hyphenate: boolean | 'emergency', lineEmpty: boolean, atNbsp = false): [Word, Word] | null {
  // Not worth dividing for a sliver of room, unless the line is empty.
  const first = word.pieces[0];
  if (!first || (!lineEmpty && room < first.style.size * 1.5)) return null;
  const points = splitPoints(word, ctx, hyphenate, atNbsp);
  const last = word.pieces[word.pieces.length - 1]!;
  const hyphenWidth = measurePiece(ctx.metrics, '-', last.style).width;
  let best: (typeof points)[number] | null = null;
  let width = 0;
  let from = 0;
  for (const pt of points) {
    width += rangeWidth(word, from, pt.offset, ctx);
    from = pt.offset;
    if (width + (pt.hyphen ? hyphenWidth : 0) > room + 1e-6) break;
    best = pt;
  }
  return best ? splitWordAt(word, best.offset, best.hyphen, ctx) : null;
}
