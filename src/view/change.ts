import type { Lang, StatItem } from '../model/schema.js';
import { formatQuantity } from './formatFigure.js';
import { formatNumber } from './formatNumber.js';
import { fillPattern, word, type Words } from './locale.js';
import { roundPercent } from './roundPercent.js';

export interface ChangeView {
  /** «+12,5 % к прошлому периоду», «+6,7 п. п. к прошлому периоду» (a figure in %), «без изменений», «было 0»; null without `previous`. */
  change: string | null;
  /** The same without the period words («+12,5 %», «+6,7 п. п.»), for a table whose header names the period; null without `previous`. */
  changeValue: string | null;
  changeDirection: 'up' | 'down' | 'same' | null;
  /** The previous value with its unit («8 фактов»), or null. */
  previous: string | null;
}

const NO_CHANGE: ChangeView = { change: null, changeValue: null, changeDirection: null, previous: null };

/** A figure given in per cent: its change is told in percentage points. */
export function isPercentUnit(unit: StatItem['unit']): boolean {
  return typeof unit === 'string' && unit.trim() === '%';
}

/**
 * The change against `previous`: (value − previous) / |previous| × 100, one decimal,
 * by the locale's `changeUp` / `changeDown` / `noChange` patterns (they hold the sign).
 * `noChange` only for equal values; a change that rounds to zero is «+<0,1 %».
 * With previous = 0 there is no percentage: the previous value is shown (`previousZero`).
 */
export function computeChange(item: Pick<StatItem, 'value' | 'previous' | 'unit' | 'previousDigits'>, lang: Lang, words: Words): ChangeView {
  const prev = item.previous;
  if (prev === undefined) return NO_CHANGE;
  const previous = formatQuantity(prev, item.unit, lang, item.previousDigits);
  const previousPeriod = word(words, 'previousPeriod');
  const fill = (key: string, values: Record<string, string>) => ({
    change: fillPattern(word(words, key), { ...values, previousPeriod }),
    changeValue: fillPattern(word(words, key), { ...values, previousPeriod: '' }).trim(),
  });
  const same = { ...fill('noChange', {}), changeDirection: 'same' as const, previous };
  if (isPercentUnit(item.unit)) {
    // 96,4 % against 89,7 % is +6,7 percentage points, not +7,5 %.
    const exact = item.value - prev;
    if (exact === 0) return same;
    const points = roundPercent(exact);
    const key = exact > 0 ? 'changeUpPoints' : 'changeDownPoints';
    return { ...fill(key, { points: magnitude(points, lang) }), changeDirection: exact > 0 ? 'up' : 'down', previous };
  }
  const ratio = ((item.value - prev) / Math.abs(prev)) * 100;
  if (prev === 0 || !Number.isFinite(ratio)) {
    if (item.value === prev) return same;
    return { ...fill('previousZero', { previous }), changeDirection: item.value > prev ? 'up' : 'down', previous };
  }
  if (ratio === 0) return same;
  const percent = roundPercent(ratio);
  const key = ratio > 0 ? 'changeUp' : 'changeDown';
  return { ...fill(key, { percent: magnitude(percent, lang) }), changeDirection: ratio > 0 ? 'up' : 'down', previous };
}

/**
 * The size of a change that is not zero, one decimal: «12,4», or «<0,1» when
 * it rounds to nothing (98 765 432 against 98 764 431 is a change, not «без изменений»).
 */
function magnitude(rounded: number, lang: Lang): string {
  return rounded === 0 ? `<${formatNumber(0.1, lang)}` : formatNumber(Math.abs(rounded), lang);
}
