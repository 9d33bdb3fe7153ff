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
 * `sharePercent` is the rounded number; the text says «<0,1» or «>99,9» where
 * rounding would make a part look like none or all of the whole.
 */
export function computeShare(
  item: Pick<StatItem, 'value' | 'valueDigits'>,
  parent: Pick<StatItem, 'value' | 'valueDigits'> | undefined,
  lang: Lang,
  words: Words,
): ShareView {
  if (parent === undefined || parent.value === 0) return NO_SHARE;
  const exact = (item.value / parent.value) * 100;
  const percent = roundPercent(exact);
  if (!Number.isFinite(percent)) return NO_SHARE;
  // A part that is neither none nor all of the whole never reads as 0 % or 100 % of it
  // (3 903 of 3 904 is «>99,9 %», 1 of 10 000 is «<0,1 %»).
  let shown = formatNumber(percent, lang);
  if (percent === 0 && exact > 0) shown = `<${formatNumber(0.1, lang)}`;
  else if (percent === 100 && exact < 100) shown = `>${formatNumber(99.9, lang)}`;
  const share = fillPattern(word(words, 'shareOf'), {
    share: shown,
    total: formatNumber(parent.value, lang, parent.valueDigits),
  });
  return { share, sharePercent: percent };
}
