import type { ChartBarView } from './types.js';
import { fillPattern, word, type Words } from './locale.js';

/**
 * The text equivalent of a chart, one sentence with every figure it shows, by
 * the locale's `chartAlt` pattern: «Диаграмма «Синтетические наркотики»:
 * Зарегистрировано фактов — 698 фактов; Уголовные — 207 фактов, 29,7 % от 698.»
 */
export function chartAlt(title: string, bars: readonly ChartBarView[], words: Words): string {
  const items = bars.map((b) => [`${b.label} — ${b.display}`, b.share, b.change, b.previousLabel].filter((x) => x !== null).join(', '));
  return fillPattern(word(words, 'chartAlt'), { title, items: items.join('; ') });
}
