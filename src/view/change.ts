import type { Lang, StatItem } from '../model/schema.js';
import { formatQuantity } from './formatFigure.js';
import { formatNumber } from './formatNumber.js';
import { fillPattern, word, type Words } from './locale.js';
import { roundPercent } from './roundPercent.js';

export interface ChangeView {
  /** «+12,5 % к прошлому периоду», «без изменений», «было 0»; null without `previous`. */
  change: string | null;
  changeDirection: 'up' | 'down' | 'same' | null;
  /** The previous value with its unit («8 фактов»), or null. */
  previous: string | null;
}

const NO_CHANGE: ChangeView = { change: null, changeDirection: null, previous: null };

/**
 * The change against `previous`: (value − previous) / |previous| × 100, one decimal,
 * by the locale's `changeUp` / `changeDown` / `noChange` patterns (they hold the sign).
 * With previous = 0 there is no percentage: the previous value is shown (`previousZero`).
 */
export function computeChange(
  item: Pick<StatItem, 'value' | 'previous' | 'unit'>,
  lang: Lang,
  words: Words,
): ChangeView {
  const prev = item.previous;
  if (prev === undefined) return NO_CHANGE;
  const previous = formatQuantity(prev, item.unit, lang);
  const previousPeriod = word(words, 'previousPeriod');
  const ratio = ((item.value - prev) / Math.abs(prev)) * 100;
  if (prev === 0 || !Number.isFinite(ratio)) {
    if (item.value === prev) {
      return { change: fillPattern(word(words, 'noChange'), { previousPeriod }), changeDirection: 'same', previous };
    }
    return {
      change: fillPattern(word(words, 'previousZero'), { previous, previousPeriod }),
      changeDirection: item.value > prev ? 'up' : 'down',
      previous,
    };
  }
  const percent = roundPercent(ratio);
  if (percent === 0) {
    return { change: fillPattern(word(words, 'noChange'), { previousPeriod }), changeDirection: 'same', previous };
  }
  const key = percent > 0 ? 'changeUp' : 'changeDown';
  const change = fillPattern(word(words, key), {
    percent: formatNumber(Math.abs(percent), lang),
    previousPeriod,
  });
  return { change, changeDirection: percent > 0 ? 'up' : 'down', previous };
}
