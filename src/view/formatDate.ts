// Deep imports: the package index would load all of date-fns and its ~100 locales (≈ 0.2 s at start-up).
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { kk } from 'date-fns/locale/kk';
import { ru } from 'date-fns/locale/ru';
import type { Locale } from 'date-fns/locale';
import type { Lang } from '../model/schema.js';
import type { Words } from './locale.js';
import { word } from './locale.js';

const DATE_FNS_LOCALES: Record<Lang, Locale> = { ru, kk, en: enGB };

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new Error(`not an ISO date: ${iso}`);
  return [y, m, d];
}

/**
 * An ISO date (`2025-12-03`) in the words of `lang`, by the locale's `dateFormat`
 * (a date-fns pattern): «3 декабря 2025 г.», «2025 жылғы 3 желтоқсан», «3 December 2025».
 */
export function formatDate(iso: string, lang: Lang, words: Words): string {
  const [y, m, d] = parts(iso);
  // A local date: date-fns formats in local time, so no time zone can shift the day.
  return format(new Date(y, m - 1, d), word(words, 'dateFormat'), { locale: DATE_FNS_LOCALES[lang] });
}

/** The day at 00:00 UTC (the PDF creation date). */
export function dateAtUtcMidnight(iso: string): Date {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d));
}
