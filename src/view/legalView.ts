import type { LegalChange } from '../model/schema.js';
import type { LegalView } from './types.js';
import { buildFigures, type FigureContext } from './figureView.js';
import { formatDate } from './formatDate.js';
import { fillPattern, word, type Words } from './locale.js';
import { parseText } from './parseInline.js';
import { plainOrNull, plainText } from './plainText.js';

/** «ст. 440-1 КоАП РК» by the locale's `legalReference` pattern, or the act alone. */
export function legalReference(act: string, article: string | null, words: Words): string {
  if (article === null) return act;
  return fillPattern(word(words, 'legalReference'), { article: word(words, 'article'), number: article, act });
}

/** One legal change as the template shows it. */
export function buildLegal(change: LegalChange, ctx: FigureContext): LegalView {
  const act = plainText(change.act);
  const article = plainOrNull(change.article);
  const paragraphs = change.text === undefined ? [] : parseText(change.text);
  const { items, notes, hasShare, hasChange } = buildFigures(change.items ?? [], ctx);
  return {
    act,
    article,
    reference: legalReference(act, article, ctx.words),
    title: plainText(change.title),
    effective: change.effective === undefined ? null : formatDate(change.effective, ctx.lang, ctx.words),
    paragraphs: paragraphs.length > 0 ? paragraphs : null,
    items,
    notes,
    hasShare,
    hasChange,
  };
}
