import type { Lang, StatItem } from '../model/schema.js';
import { formatNumber, NBSP } from './formatNumber.js';
import { plainOrNull } from './plainText.js';
import { pluralUnit } from './pluralUnit.js';

export interface FormattedFigure {
  /** Qualifier, value and unit joined by U+00A0: «почти 46 кг». */
  display: string;
  qualifier: string | null;
  value: string;
  unit: string | null;
}

/** A value with its unit, joined by U+00A0: «46 кг», «96,4 %», «312,5 тысячи тонн». */
export function formatQuantity(n: number, unit: StatItem['unit'], lang: Lang, digits?: string): string {
  const u = pluralUnit(unit, n, lang);
  const value = formatNumber(n, lang, digits);
  return u === null ? value : `${value}${NBSP}${u}`;
}

/** The printed parts of a figure: «почти 46 кг» = qualifier + value + unit. */
export function formatFigure(
  item: Pick<StatItem, 'value' | 'unit' | 'qualifier' | 'valueDigits'>,
  lang: Lang,
): FormattedFigure {
  const qualifier = plainOrNull(item.qualifier);
  const value = formatNumber(item.value, lang, item.valueDigits);
  const unit = pluralUnit(item.unit, item.value, lang);
  const display = [qualifier, value, unit].filter((p): p is string => p !== null).join(NBSP);
  return { display, qualifier, value, unit };
}
