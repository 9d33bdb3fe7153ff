import type { StyledInline } from '../../style/types.js';
import type { LayoutContext } from '../context.js';
import { typographRuns } from '../typography/index.js';
import { normalizeInlines, type Segment } from './normalizeText.js';
import { faceOf, measurePiece } from './measurePiece.js';
import type { Piece, Word } from './words.js';
import { hasOverlayMark, warnMissingGlyphs, warnOverlayMarks } from '../warnMissingGlyphs.js';

type Lang = 'ru' | 'kk' | 'en';

/** Applies typography to a paragraph's text runs as one text, keeping the runs. */
function typograph(segments: Segment[], lang: string): Segment[] {
  const texts = segments.filter((s): s is Extract<Segment, { kind: 'text' }> => s.kind === 'text');
  if (texts.length === 0) return segments;
  const l: Lang = lang === 'kk' || lang === 'en' ? lang : 'ru';
  const done = typographRuns(
    texts.map((t) => ({ text: t.text, bold: t.style.bold, italic: t.style.italic })),
    l,
  );
  let k = 0;
  return segments.map((s) => (s.kind === 'text' ? { ...s, text: done[k++]?.text ?? s.text } : s));
}

interface Collected {
  metrics: LayoutContext['metrics'];
  lang: string;
  fields: LayoutContext['fields'];
  /** The segments with a character no font draws or an overlay mark: the only ones to warn about. */
  troubled: Segment[];
  words: readonly Word[];
}

/**
 * Words already collected for a paragraph's inlines, by the inlines' identity
 * (a document's styled tree; entries go with it). A table cell is measured
 * for its column's width, for its minimum width and again when it is laid
 * out: three times the typography and shaping for the same text (a third of
 * the layout of 10,000 figures) without this.
 */
const collected = new WeakMap<readonly StyledInline[], Collected>();

/**
 * Splits a paragraph's inline content into measured words (break
 * opportunities at spaces). `where` names the text in warnings; a function is
 * called only when there is something to warn about.
 */
export function collectWords(inlines: readonly StyledInline[], ctx: LayoutContext, where: string | (() => string)): Word[] {
  const known = collected.get(inlines);
  // Each call warns, whether the words are collected anew or were known.
  if (known && known.metrics === ctx.metrics && known.lang === ctx.lang && known.fields === ctx.fields) {
    warnSegments(known.troubled, ctx, where);
    return [...known.words];
  }
  const segments = typograph(normalizeInlines(inlines, ctx.fields), ctx.lang);
  const troubled = segments.filter((seg) => seg.kind !== 'break' && (ctx.metrics.missing(faceOf(seg.style), seg.text).length > 0 || hasOverlayMark(seg.text)));
  warnSegments(troubled, ctx, where);
  const words = wordsOf(segments, ctx);
  collected.set(inlines, { metrics: ctx.metrics, lang: ctx.lang, fields: ctx.fields, troubled, words: [...words] });
  return words;
}

function warnSegments(segments: readonly Segment[], ctx: LayoutContext, where: string | (() => string)): void {
  if (segments.length === 0) return;
  const place = `в тексте «${typeof where === 'string' ? where : where()}»`;
  for (const seg of segments) {
    if (seg.kind === 'break') continue;
    warnMissingGlyphs(ctx, faceOf(seg.style), seg.text, place);
    warnOverlayMarks(ctx, seg.text, place);
  }
}

function wordsOf(segments: readonly Segment[], ctx: LayoutContext): Word[] {
  const words: Word[] = [];
  let cur: Piece[] = [];
  const flush = (spaceAfter: Piece | null, breakAfter: boolean) => {
    if (cur.length > 0) {
      let width = 0;
      for (const p of cur) width += p.width;
      words.push({ pieces: cur, width, spaceAfter, breakAfter });
      cur = [];
    } else if (breakAfter) {
      const last = words[words.length - 1];
      if (last && !last.breakAfter) words[words.length - 1] = { ...last, spaceAfter: null, breakAfter: true };
      else words.push({ pieces: [], width: 0, spaceAfter: null, breakAfter: true });
    }
  };
  for (const seg of segments) {
    if (seg.kind === 'break') {
      flush(null, true);
      continue;
    }
    const parts = seg.text.split(' ');
    parts.forEach((part, k) => {
      if (k > 0) flush(measurePiece(ctx.metrics, ' ', seg.style), false);
      if (part) cur.push(measurePiece(ctx.metrics, part, seg.style));
    });
  }
  flush(null, false);
  return words;
}
