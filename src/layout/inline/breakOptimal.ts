import type { LayoutContext } from '../context.js';
import type { Line } from './breakLines.js';
import { measurePiece } from './measurePiece.js';
import { rangeWidth, sliceWord, splitPoints } from './splitWord.js';
import { wordLength, type Word } from './words.js';

/** How far justified word spaces may stretch and shrink, as parts of their natural width. */
export const SPACE_STRETCH = 1.0;
/**
 * Past SPACE_STRETCH a line is «loose» (breaking avoids it at a high cost);
 * past this limit it is not stretched at all but set ragged.
 */
export const SPACE_STRETCH_LIMIT = 1.6;
export const SPACE_SHRINK = 0.2;
/** When no breaking keeps every line within SPACE_STRETCH_LIMIT, spaces may stretch this far (TeX's emergency stretch). */
export const EMERGENCY_STRETCH_LIMIT = 2.4;
const HYPHEN_PENALTY = 50;
const DOUBLE_HYPHEN_DEMERITS = 3000;
const LOOSE_BADNESS = 5000;
/**
 * A paragraph's last line holding one word alone, under other lines: it
 * reads as a stray. It costs as much as stretching one line's spaces by
 * about 0.95 of their width, so a word is taken down from the lines above
 * when they stay even, never at the price of a loose line.
 */
const LONE_LAST_WORD_DEMERITS = 10_000;

type BreakKind = 'space' | 'hyphen' | 'soft' | 'forced' | 'end';

/** A segment of a word between two places where a line may end (not a layout Fragment). */
interface Segment {
  word: number;
  start: number;
  end: number;
  width: number;
  /** Width of the space after it (ends of words only). */
  space: number;
  hyphen: number;
  kind: BreakKind;
}

function segmentsOf(words: readonly Word[], ctx: LayoutContext, hyphenate: boolean, divideLast: boolean): Segment[] {
  const out: Segment[] = [];
  words.forEach((w, wi) => {
    // The last word of a paragraph is divided only when nothing else justifies: a piece alone on the last line reads badly.
    const points = splitPoints(w, ctx, hyphenate && (divideLast || wi < words.length - 1));
    if (points.length === 0) {
      // A word that cannot be divided: one segment, the whole word (most words of a line).
      const kind: BreakKind = w.breakAfter ? 'forced' : w.spaceAfter ? 'space' : 'end';
      out.push({ word: wi, start: 0, end: wordLength(w), width: w.width, space: w.spaceAfter ? w.spaceAfter.width : 0, hyphen: 0, kind });
      return;
    }
    const text = w.pieces.map((p) => p.text).join('');
    const bounds = [0, ...points.map((p) => p.offset), text.length];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const start = bounds[k]!;
      const end = bounds[k + 1]!;
      const last = k + 2 === bounds.length;
      const pt = points[k];
      const kind: BreakKind = last ? (w.breakAfter ? 'forced' : w.spaceAfter ? 'space' : 'end') : pt!.hyphen ? 'hyphen' : 'soft';
      const width = last && k === 0 ? w.width : rangeWidth(w, start, end, ctx);
      const style = w.pieces[w.pieces.length - 1]?.style;
      const hyphen = kind === 'hyphen' && style ? measurePiece(ctx.metrics, '-', style).width : 0;
      out.push({ word: wi, start, end, width, space: last && w.spaceAfter ? w.spaceAfter.width : 0, hyphen, kind });
    }
  });
  return out;
}

interface Node {
  /** Index of the last segment of the previous line (-1 at the start). */
  at: number;
  demerits: number;
  prev: Node | null;
}

/** Badness of a line that cannot be justified at all (one word, or stretched past the limit). */
const INFEASIBLE = 1e6;

/** The result of breaking a paragraph: its lines, and whether every one of them can be justified. */
export interface OptimalBreak {
  lines: Line[];
  /** False when some line (not the last) would be a lone word or stretched past SPACE_STRETCH_LIMIT. */
  even: boolean;
}

/**
 * Justified paragraphs: chooses all the line breaks of a paragraph together
 * (after Knuth and Plass), so that word spaces stay even from line to line,
 * using hyphenation points only where they help. The first pass accepts only
 * lines that justify within SPACE_STRETCH_LIMIT and never a lone word on a
 * line (TeX's tolerance), and never divides the paragraph's last word; the
 * next passes may divide it (a piece alone on the last line is better than a
 * paragraph set ragged) and then stretch to EMERGENCY_STRETCH_LIMIT. When no
 * such breaking exists a last, emergency pass accepts anything, with such lines at a very high cost, so that there are as
 * few of them as possible (`even` is false then: the caller may set the
 * paragraph ragged as a whole). Returns null when some segment cannot fit a
 * line at all; the caller then breaks greedily.
 */
export function breakOptimalEven(words: readonly Word[], maxWidth: number, ctx: LayoutContext, hyphenate: boolean): OptimalBreak | null {
  const whole = segmentsOf(words, ctx, hyphenate, false);
  if (whole.length === 0) return { lines: [], even: true };
  // Found only when the first pass fails; the same segments when the last word has no point to divide at.
  let divided: Segment[] | null = hyphenate ? null : whole;
  // TeX's passes: the tolerance, the tolerance with the last word divided, then an emergency stretch, then anything (as few bad lines as possible).
  for (const [limit, emergency, divideLast] of [
    [SPACE_STRETCH_LIMIT, false, false],
    [SPACE_STRETCH_LIMIT, false, true],
    [EMERGENCY_STRETCH_LIMIT, false, true],
    [EMERGENCY_STRETCH_LIMIT, true, true],
  ] as const) {
    const frags = divideLast ? (divided ??= segmentsOf(words, ctx, hyphenate, true)) : whole;
    if (divideLast && limit === SPACE_STRETCH_LIMIT && frags.length === whole.length) continue;
    const breaks = findBreaks(frags, maxWidth, limit, emergency);
    if (breaks) {
      const lines = buildLines(words, frags, breaks.at, ctx).map((l) => (limit === SPACE_STRETCH_LIMIT ? l : { ...l, maxStretch: limit }));
      return { lines, even: !breaks.rough };
    }
  }
  return null;
}

/** The lines only (see breakOptimalEven). */
export function breakOptimal(words: readonly Word[], maxWidth: number, ctx: LayoutContext, hyphenate: boolean): Line[] | null {
  return breakOptimalEven(words, maxWidth, ctx, hyphenate)?.lines ?? null;
}

/** The badness of a line with `natural` width, `spaces` of stretchable space in `gaps` gaps; INFEASIBLE past the tolerance. */
function lineBadness(natural: number, maxWidth: number, spaces: number, gaps: number, last: boolean, limit: number): number {
  if (natural > maxWidth) return gaps > 0 ? 100 * ((natural - maxWidth) / (spaces * SPACE_SHRINK)) ** 3 : 0;
  if (last) return 0;
  if (gaps === 0) return maxWidth - natural < 0.5 ? 0 : INFEASIBLE;
  const r = (maxWidth - natural) / (spaces * SPACE_STRETCH);
  const badness = 100 * r ** 3;
  // A margin under the limit: pieces of a hyphenated word measured apart differ from the whole by kerning.
  return r > limit - 0.05 ? INFEASIBLE + badness : badness + (r > 1 ? LOOSE_BADNESS : 0);
}

function findBreaks(frags: readonly Segment[], maxWidth: number, limit: number, emergency: boolean): { at: number[]; rough: boolean } | null {
  const best: (Node | null)[] = new Array(frags.length).fill(null);
  const rough: boolean[] = new Array(frags.length).fill(false);
  const start: Node = { at: -1, demerits: 0, prev: null };
  const consider = (from: Node, fromRough: boolean) => {
    let width = 0;
    let spaces = 0;
    let gaps = 0;
    const afterHyphen = from.at >= 0 && frags[from.at]!.kind === 'hyphen';
    for (let e = from.at + 1; e < frags.length; e++) {
      const f = frags[e]!;
      width += f.width;
      const natural = width + f.hyphen;
      if (natural - spaces * SPACE_SHRINK > maxWidth + 1e-6) return;
      const last = f.kind === 'forced' || e === frags.length - 1;
      const badness = lineBadness(natural, maxWidth, spaces, gaps, last, limit);
      const bad = badness >= INFEASIBLE;
      if ((f.kind !== 'end' || last) && (!bad || emergency)) {
        const penalty = f.kind === 'hyphen' ? HYPHEN_PENALTY : 0;
        // Squared like every demerit, an infeasible line costs more than any number of feasible ones.
        let demerits = bad ? INFEASIBLE * INFEASIBLE + badness : (10 + badness) ** 2 + penalty ** 2;
        if (afterHyphen && f.kind === 'hyphen') demerits += DOUBLE_HYPHEN_DEMERITS;
        if (last && gaps === 0 && from.at >= 0 && e === frags.length - 1) demerits += LONE_LAST_WORD_DEMERITS;
        const total = from.demerits + demerits;
        const cur = best[e];
        if (!cur || total < cur.demerits) {
          best[e] = { at: e, demerits: total, prev: from };
          rough[e] = fromRough || bad;
        }
      }
      if (f.kind === 'forced') return;
      if (f.kind === 'space') {
        width += f.space;
        spaces += f.space;
        gaps++;
      }
    }
  };
  consider(start, false);
  for (let e = 0; e < frags.length; e++) {
    const node = best[e];
    if (node && e < frags.length - 1) consider(node, rough[e]!);
  }
  const end = best[frags.length - 1];
  if (!end) return null;
  const at: number[] = [];
  for (let n: Node | null = end; n && n.at >= 0; n = n.prev) at.unshift(n.at);
  return { at, rough: rough[frags.length - 1]! };
}

function buildLines(words: readonly Word[], frags: Segment[], breaks: number[], ctx: LayoutContext): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (const b of breaks) {
    const first = frags[from]!;
    const last = frags[b]!;
    const lineWords: Word[] = [];
    for (let wi = first.word; wi <= last.word; wi++) {
      const w = words[wi]!;
      const a = wi === first.word ? first.start : 0;
      const endsInside = wi === last.word && last.kind !== 'space' && last.kind !== 'forced' && last.kind !== 'end';
      const b = endsInside ? last.end : wordLength(w);
      lineWords.push(a === 0 && !endsInside ? w : sliceWord(w, a, b, ctx, endsInside && last.kind === 'hyphen'));
    }
    let width = 0;
    lineWords.forEach((w, i) => {
      width += w.width;
      if (i < lineWords.length - 1) width += w.spaceAfter?.width ?? 0;
    });
    lines.push({ words: lineWords, width, ends: last.kind === 'forced' || b === frags.length - 1 });
    from = b + 1;
  }
  return lines;
}
