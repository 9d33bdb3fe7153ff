import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../assets/packageRoot.js';
import type { Lang } from '../model/schema.js';

/** The template's own words of one language, from `locales/<lang>.json`. */
export type Words = Readonly<Record<string, string>>;

/** Keys every locale file must define (templates and the view rely on them). */
export const REQUIRED_WORDS = [
  'speakers',
  'speaker',
  'lead',
  'keyFigures',
  'statistics',
  'results',
  'legal',
  'quotes',
  'contacts',
  'source',
  'date',
  'time',
  'venue',
  'city',
  'page',
  'of',
  'pageOf',
  'effective',
  'article',
  'shareOf',
  'changeUp',
  'changeDown',
  'noChange',
  'previousPeriod',
  'previousZero',
  'notes',
  'continued',
  'total',
  'briefing',
  'figure',
  'value',
  'share',
  'change',
  'dateFormat',
  'legalReference',
  'chartAlt',
  'chartPrevious',
] as const;

const cache = new Map<Lang, Words>();

/** The package root's `locales/` folder. */
export function findLocalesDir(): string {
  return join(packageRoot(), 'locales');
}

/** The words of `lang`, read once per process. Throws on a broken locale file (a bug of the package). */
export function loadLocale(lang: Lang): Words {
  const cached = cache.get(lang);
  if (cached) return cached;
  const file = join(findLocalesDir(), `${lang}.json`);
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${file}: expected an object of strings`);
  }
  const words: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') throw new Error(`${file}: "${key}" must be a string`);
    words[key] = value;
  }
  const missing = REQUIRED_WORDS.filter((k) => !(k in words));
  if (missing.length > 0) throw new Error(`${file}: missing ${missing.join(', ')}`);
  const frozen = Object.freeze(words);
  cache.set(lang, frozen);
  return frozen;
}

/** Forgets the words read so far, so the next render reads `locales/` again (`briefing watch`). */
export function invalidateLocaleCache(): void {
  cache.clear();
}

/** One word of a locale; throws when the key is missing (a bug of the package). */
export function word(words: Words, key: string): string {
  const value = words[key];
  if (value === undefined) throw new Error(`locale word "${key}" is missing`);
  return value;
}

/** Replaces `{name}` in a locale pattern; unknown placeholders are left as they are. */
export function fillPattern(pattern: string, vars: Readonly<Record<string, string>>): string {
  return pattern.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
