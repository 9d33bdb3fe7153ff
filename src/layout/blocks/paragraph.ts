import type { Role, StyledParagraph, TextStyle } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { group, leaf, type Fragment } from '../fragments.js';
import { collectWords } from '../inline/collectWords.js';
import { breakLines, type Line } from '../inline/breakLines.js';
import { breakOptimalEven } from '../inline/breakOptimal.js';
import { wordsMinWidth } from '../inline/minContent.js';
import { scaleInline, scaleStyle } from './scaleParts.js';
import { placeLine } from '../inline/placeLine.js';
import { placeText } from '../inline/placeText.js';
import { measurePiece } from '../inline/measurePiece.js';
import type { DrawItem, StructRef } from '../types.js';
import type { Word } from '../inline/words.js';
import { boxDecorator, innerBox } from './decorate.js';
import { horizontalSides } from './blockKind.js';
import { TextStageError } from '../../diagnostics/internalProblem.js';

/** A mark drawn before a paragraph's first line (a list bullet), in the space left of it. */
export interface Marker {
  text: string;
  style: TextStyle;
  struct: StructRef;
}

export { styleMargins as margins } from './blockKind.js';

const MIN_LINES_AT_BREAK = 2;
/** A word or figure wider than its box is set smaller in these steps, down to the last. */
export const FIT_STEPS = [0.9, 0.8, 0.7, 0.6];

/** The paragraph's text at a size where no word or figure needs cutting (within FIT_STEPS), with its words. */
function fitWords(p: StyledParagraph, width: number, ctx: LayoutContext): { p: StyledParagraph; words: Word[] } {
  const words = collectWords(p.inlines, ctx, () => snippet(p));
  // Every word fits whole: nothing needs cutting (the usual case; finding the places a word may be cut costs more).
  if (words.every((w) => w.width <= width + 1e-6)) return { p, words };
  const needed = wordsMinWidth(words, ctx);
  if (needed <= width + 1e-6) return { p, words };
  const factor = FIT_STEPS.find((f) => needed * f <= width + 1e-6) ?? FIT_STEPS[FIT_STEPS.length - 1]!;
  const scaled = scale(p, factor);
  // Only the type is set smaller: the box keeps its spacing.
  const q: StyledParagraph = { ...scaled, style: { ...p.style, size: scaled.style.size } };
  return { p: q, words: collectWords(q.inlines, { ...ctx, warn: () => {} }, () => snippet(q)) };
}

function lineMetrics(line: Line, p: StyledParagraph, ctx: LayoutContext): { height: number; baseline: number } {
  let size = 0;
  let ascent = 0;
  let descent = 0;
  for (const w of line.words) {
    for (const piece of w.pieces) {
      size = Math.max(size, piece.style.size);
      for (const r of piece.runs) {
        ascent = Math.max(ascent, ctx.metrics.ascent(r.fontId) * piece.style.size);
        descent = Math.max(descent, ctx.metrics.descent(r.fontId) * piece.style.size);
      }
    }
  }
  if (size === 0) {
    size = p.style.size;
    ascent = size * 0.8;
    descent = size * 0.2;
  }
  const height = Math.max(size * p.style.lineHeight, ascent + descent);
  return { height, baseline: (height - (ascent + descent)) / 2 + ascent };
}

function snippet(p: StyledParagraph): string {
  const text = p.inlines
    .map((i) => (i.kind === 'text' ? i.text : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Headings (h1–h3): kept together and with the next block, never scaled. */
export const isHeading = (role: Role): boolean => role === 'H1' || role === 'H2' || role === 'H3';

/** Lays a paragraph out in lines; returns one group of line leaves (orphans and widows kept). */
export function layout(given: StyledParagraph, box: BlockBox, ctx: LayoutContext, marker?: Marker): Fragment[] {
  const inner = innerBox(given.style, box.x, box.width);
  const struct = ctx.structure.add(box.struct, given.role);
  // A failure names its text: the pipeline turns it into the data path.
  const { p, words } = guardText(given, () => fitWords(given, inner.width, ctx));
  let align = p.style.align;
  let lines: Line[] | null = null;
  if (align === 'justify') {
    const optimal = breakOptimalEven(words, inner.width, ctx, p.style.hyphenate);
    // When no breaking justifies every line evenly, the paragraph is set ragged as a whole.
    if (optimal?.even) lines = optimal.lines;
    else align = 'left';
  }
  lines ??= breakLines(words, inner.width, ctx, p.style.hyphenate);
  const leaves = lines.map((line, i) => {
    const m = lineMetrics(line, p, ctx);
    const items: DrawItem[] = placeLine(line, inner.x, inner.width, align, m.baseline, struct, ctx.metrics);
    if (i === 0 && marker) {
      const piece = measurePiece(ctx.metrics, marker.text, marker.style);
      const mx = inner.x - piece.width - marker.style.size * 0.5;
      piece.runs.forEach((r, k) =>
        items.unshift(
          placeText(ctx.metrics, {
            kind: 'text',
            x: mx,
            y: m.baseline,
            fontId: r.fontId,
            size: marker.style.size,
            color: marker.style.color,
            text: r.text,
            wordSpacing: 0,
            width: piece.runWidths[k] ?? 0,
            struct: marker.struct,
          }),
        ),
      );
    }
    return leaf(m.height, items);
  });
  return [
    group(leaves, {
      padTop: p.style.padding[0] + p.style.border,
      padBottom: p.style.padding[2] + p.style.border,
      decorate: boxDecorator(p.style, box.x + p.style.indent, box.width - p.style.indent),
      keepWithNext: p.style.keepWithNext,
      keepWithPrevious: p.style.keepWithPrevious,
      keepTogether: isHeading(p.role),
      orphans: MIN_LINES_AT_BREAK,
      widows: MIN_LINES_AT_BREAK,
    }),
  ];
}

/** Headings keep their size: a slide's title is the same size on every slide, only its body shrinks. */
export function scale(p: StyledParagraph, f: number): StyledParagraph {
  if (isHeading(p.role)) return p;
  return { ...p, style: scaleStyle(p.style, f), inlines: p.inlines.map((i) => scaleInline(i, f)) };
}

export function minWidth(p: StyledParagraph, ctx: LayoutContext): number {
  return wordsMinWidth(collectWords(p.inlines, { ...ctx, warn: () => {} }, 'min'), ctx) + horizontalSides(p.style) + p.style.indent;
}

/** Runs `fn`; an error inside it is rethrown as a TextStageError naming the paragraph's text. */
function guardText<T>(p: StyledParagraph, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw error instanceof TextStageError ? error : new TextStageError(p.inlines.map((i) => (i.kind === 'text' ? i.text : ' ')).join(''), error);
  }
}
