import type { Lang, StatItem } from '../model/schema.js';
import { formatNumber } from './formatNumber.js';
import { fillPattern, word, type Words } from './locale.js';
import { roundPercent } from './roundPercent.js';

export interface ShareView {
  /** «29,7 % от 698», or null. */
  share: string | null;
  sharePercent: number | null;
}

const NO_SHARE: ShareView = { share: null, sharePercent: null };

/**
 * The part an item is of its parent (`of`), in percent with one decimal, by the
 * locale's `shareOf` pattern. Null without a parent or when the parent is zero.
 */
export function computeShare(
  item: Pick<StatItem, 'value' | 'valueDigits'>,
  parent: Pick<StatItem, 'value' | 'valueDigits'> | undefined,
  lang: Lang,
  words: Words,
): ShareView {
  if (parent === undefined || parent.value === 0) return NO_SHARE;
  const percent = roundPercent((item.value / parent.value) * 100);
  if (!Number.isFinite(percent)) return NO_SHARE;
  const share = fillPattern(word(words, 'shareOf'), {
    share: formatNumber(percent, lang),
    total: formatNumber(parent.value, lang, parent.valueDigits),
  });
  return { share, sharePercent: percent };
}
