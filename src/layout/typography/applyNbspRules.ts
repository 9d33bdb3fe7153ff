import type { TypographyLang } from './typografInstances.js';

/**
 * Non-breaking spaces typograf does not place (or places only for Russian
 * letters): initials with a surname in either order, «ст. 608», «2025 гг.»,
 * Kazakh and English dates, «КоАП РК». Each rule only turns an existing
 * U+0020 into U+00A0; typograf's narrow no-break spaces become U+00A0 too,
 * so layout has one kind of non-breaking space to handle.
 */
const NBSP = '\u00A0';

interface NbspRule {
  re: RegExp;
  langs: readonly TypographyLang[];
}

const ALL: readonly TypographyLang[] = ['ru', 'kk', 'en'];
const CYRILLIC: readonly TypographyLang[] = ['ru', 'kk'];

const KK_MONTHS = 'қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан';
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const NUMBERED_ABBR = 'ст|ч|п|пп|пт|гл|разд|рис|табл|стр|т|тт|б|бб|art|arts|p|pp|no|nos|sec|ch|vol|fig|para';

/** Each regex matches exactly the one space to replace. */
const RULES: readonly NbspRule[] = [
  // «А. Б. Иванов», «Ж. Ахметов»: an initial binds to what follows.
  { re: / (?<=(?<![\p{L}\p{N}])\p{Lu}\. )(?=(?:\p{Lu}\. ?)?\p{Lu}\p{Ll})/gu, langs: ALL },
  // «Иванов А. Б.»: the surname binds to the first initial…
  { re: / (?<=(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+ )(?=\p{Lu}\.(?: ?\p{Lu}\.)?(?![\p{L}\p{N}]))/gu, langs: ALL },
  // …and the first initial to the second.
  { re: / (?<=\p{Lu}\p{Ll}+\u00A0\p{Lu}\. )(?=\p{Lu}\.)/gu, langs: ALL },
  // «ст. 440-1», «ч. 2», «p. 12», «No. 5».
  { re: new RegExp(` (?<=(?<![\\p{L}\\p{N}])(?:${NUMBERED_ABBR})\\. )(?=\\p{N})`, 'giu'), langs: ALL },
  // «2 564», «1 263 000»: the groups of one number (written with spaces) never part.
  { re: / (?<=(?<![\p{N},.])\p{N}{1,3}(?: \p{N}{3})* )(?=\p{N}{3}(?!\p{N}))/gu, langs: ALL },
  // «КоАП РК», «УК РФ».
  { re: / (?<=\p{L} )(?=(?:РК|РФ)(?![\p{L}\p{N}]))/gu, langs: CYRILLIC },
  // «2024–2025 гг.», «2025 ж.», «2025 жылғы».
  { re: / (?<=\p{N}{4} )(?=гг\.)/gu, langs: CYRILLIC },
  { re: / (?<=\p{N}{4} )(?=ж\.|жыл)/gu, langs: ['kk'] },
  // «3 желтоқсан», «3 December», «December 3».
  { re: new RegExp(` (?<=(?<!\\p{N})\\p{N}{1,2} )(?=(?:${KK_MONTHS}))`, 'giu'), langs: ['kk'] },
  { re: new RegExp(` (?<=(?<!\\p{N})\\p{N}{1,2} )(?=(?:${EN_MONTHS}))`, 'gu'), langs: ['en'] },
  { re: new RegExp(` (?<=(?:${EN_MONTHS}) )(?=\\p{N}{1,2}(?!\\p{N}))`, 'gu'), langs: ['en'] },
];

export function applyNbspRules(text: string, lang: TypographyLang): string {
  let out = text.replace(/\u202F/g, NBSP);
  for (const rule of RULES) {
    if (rule.langs.includes(lang)) out = out.replace(rule.re, NBSP);
  }
  return out;
}
