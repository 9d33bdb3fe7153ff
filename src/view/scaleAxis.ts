import type { Lang } from '../model/schema.js';
import { formatNumber, NBSP } from './formatNumber.js';
import { word, type Words } from './locale.js';

/** Axis values from this size up are scaled to a word: «1,2 млн» reads, «1 200 000» on every tick does not. */
export const SCALE_FROM = 100_000;

const SCALES: readonly [number, string][] = [
  [1e12, 'scaleTrillion'],
  [1e9, 'scaleBillion'],
  [1e6, 'scaleMillion'],
  [1e3, 'scaleThousand'],
];

/**
 * The labels of an axis's ticks, in the number format of `lang`. When the
 * largest tick is at least SCALE_FROM, every label is given in the largest
 * unit (тыс., млн, млрд, трлн, from the locale) that the largest tick reaches:
 * 0, 500 млн, 1 млрд… become «0», «0,5 млрд», «1 млрд».
 */
export function axisLabels(ticks: readonly number[], lang: Lang, words: Words): string[] {
  const max = Math.max(0, ...ticks.map(Math.abs));
  const scale = max >= SCALE_FROM ? SCALES.find(([s]) => max >= s) : undefined;
  if (!scale) return ticks.map((n) => formatNumber(n, lang));
  const [size, key] = scale;
  const unit = word(words, key);
  return ticks.map((n) => (n === 0 ? formatNumber(0, lang) : `${formatNumber(Number((n / size).toPrecision(12)), lang)}${NBSP}${unit}`));
}
