import type { Lang } from '../model/schema.js';
import { pluralIndex } from '../view/pluralUnit.js';
import { formatNumber } from '../view/formatNumber.js';
import { fillPattern, word, type Words } from '../view/locale.js';

/** «ещё 238 показателей — в раздаточном материале» for `count` figures left out; null for none. */
export function moreFigures(count: number, lang: Lang, words: Words): string | null {
  if (count <= 0) return null;
  const forms = word(words, 'figureForms').split('|');
  const figures = forms[pluralIndex(count, lang)] ?? forms[forms.length - 1] ?? '';
  return fillPattern(word(words, 'moreFigures'), { count: formatNumber(count, lang), figures });
}

/** «ещё 4 — в раздаточном материале» for other things left out; null for none. */
export function moreItems(count: number, lang: Lang, words: Words): string | null {
  if (count <= 0) return null;
  return fillPattern(word(words, 'moreItems'), { count: formatNumber(count, lang) });
}
