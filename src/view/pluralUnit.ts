import type { Lang, Unit } from '../model/schema.js';
import { plainText } from './plainText.js';

/** Which of the three forms («факт», «факта», «фактов») goes with `n` in `lang`: 0, 1 or 2. */
export function pluralIndex(n: number, lang: Lang): 0 | 1 | 2 {
  const abs = Math.abs(n);
  if (lang === 'kk') return 0;
  if (lang === 'en') return abs === 1 ? 0 : 2;
  if (!Number.isInteger(abs)) return 1;
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return 0;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 1;
  return 2;
}

/** The unit to print after `n`: a single string as is, three forms by the plural rules. */
export function pluralUnit(unit: Unit | undefined, n: number, lang: Lang): string | null {
  if (unit === undefined) return null;
  const chosen = typeof unit === 'string' ? unit : unit[pluralIndex(n, lang)];
  const text = plainText(chosen);
  return text === '' ? null : text;
}
