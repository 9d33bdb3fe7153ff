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

/** A unit or qualifier of up to this many words and characters is held together by no-break spaces. */
const SHORT_WORDS = 2;
const SHORT_LENGTH = 24;

/**
 * A short unit or qualifier («тыс. тенге», «транспортных средств», «более чем»)
 * with its spaces made no-break, so that the figure it belongs to is read as one
 * piece and never parted at its inner space; a longer one keeps its spaces.
 */
export function holdTogether(text: string | null): string | null {
  if (text === null || text.length > SHORT_LENGTH) return text;
  const words = text.split(' ');
  return words.length > SHORT_WORDS ? text : words.join(NBSP);
}

/** A value with its unit, joined by U+00A0: «46 кг», «96,4 %», «312,5 тысячи тонн». */
export function formatQuantity(n: number, unit: StatItem['unit'], lang: Lang, digits?: string): string {
  const u = holdTogether(pluralUnit(unit, n, lang));
  const value = formatNumber(n, lang, digits);
  return u === null ? value : `${value}${NBSP}${u}`;
}

/** The printed parts of a figure: «почти 46 кг» = qualifier + value + unit. */
export function formatFigure(item: Pick<StatItem, 'value' | 'unit' | 'qualifier' | 'valueDigits'>, lang: Lang): FormattedFigure {
  const qualifier = holdTogether(plainOrNull(item.qualifier));
  const value = formatNumber(item.value, lang, item.valueDigits);
  const unit = holdTogether(pluralUnit(item.unit, item.value, lang));
  const display = [qualifier, value, unit].filter((p): p is string => p !== null).join(NBSP);
  return { display, qualifier, value, unit };
}
