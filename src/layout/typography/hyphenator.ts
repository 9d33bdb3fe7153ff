import { createRequire } from 'node:module';
import type { Hyphenator } from '../types.js';
import { allowedBreaks, findWordCore, type WordCore } from './hyphenationPolicy.js';
import { isKazakhVowel, kazakhSyllableBreaks } from './kazakhSyllables.js';

/** The synchronous half of a `hyphen/<lang>` module (see node_modules/hyphen/README.md). */
export interface HyphenModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

export type PatternSet = 'ru' | 'en-us';

const SOFT_HYPHEN = '\u00AD';
const KAZAKH_LETTERS = /[әғқңөұүһі]/u;
const MEMO_LIMIT = 100_000;
/**
 * Longer runs of letters are not hyphenated: no word of Russian, Kazakh or
 * English comes near it, and the pattern library's work grows with the square
 * of a word's length (it copies the rest of the word at every letter), which a
 * 10,000-letter «word» cut line by line made cubic (20 s). Such a run is cut
 * between graphemes instead, in one pass.
 */
export const MAX_HYPHENATED_LETTERS = 100;

/** Pattern sets are loaded on first use (or given by providePatterns) and kept for the whole process. */
const patternSets = new Map<PatternSet, HyphenModule>();
const memo = new Map<string, readonly number[]>();

function patterns(set: PatternSet): HyphenModule {
  let loaded = patternSets.get(set);
  if (!loaded) {
    loaded = createRequire(import.meta.url)(`hyphen/${set}`) as HyphenModule;
    patternSets.set(set, loaded);
  }
  return loaded;
}

/**
 * Hands over a pattern set loaded by other means: the startup snapshot
 * (scripts/snapshot-entry.js) bundles both sets, where `require` cannot load them.
 */
export function providePatterns(set: PatternSet, module: HyphenModule): void {
  patternSets.set(set, module);
}

/** Break offsets given by Liang's patterns, read from the soft hyphens they insert. */
function patternBreaks(letters: string, set: PatternSet): number[] {
  const marked = patterns(set).hyphenateSync(letters, { hyphenChar: SOFT_HYPHEN, minWordLength: 1 });
  const breaks: number[] = [];
  let seen = 0;
  for (const ch of marked) {
    if (ch === SOFT_HYPHEN) breaks.push(seen);
    else seen += ch.length;
  }
  return breaks;
}

/**
 * Kazakh syllable boundaries, minus those between two vowels: a native word
 * only has two vowels side by side when «у» or «и» is a glide (ауыл,
 * тергеу, жауап), and cutting there («ау-ыл», «тер-ге-у») would be wrong.
 */
function kazakhBreaks(letters: string): number[] {
  return kazakhSyllableBreaks(letters).filter((at) => !(isKazakhVowel(letters.charAt(at - 1)) && isKazakhVowel(letters.charAt(at))));
}

/**
 * Latin words use the US English patterns, Cyrillic words the Russian ones,
 * except in Kazakh text or when the word has a Kazakh letter: then the
 * Kazakh syllable rule.
 */
function rawBreaks(core: WordCore, lang: string): number[] {
  if (core.script === 'latin') return patternBreaks(core.letters, 'en-us');
  if (lang === 'kk' || KAZAKH_LETTERS.test(core.letters)) return kazakhBreaks(core.letters);
  return patternBreaks(core.letters, 'ru');
}

function computeBreaks(word: string, lang: string): readonly number[] {
  const core = findWordCore(word);
  if (!core || core.letters.length > MAX_HYPHENATED_LETTERS) return [];
  return allowedBreaks(core.letters, rawBreaks(core, lang)).map((at) => at + core.start);
}

const sharedHyphenator: Hyphenator = {
  hyphenate(word: string, lang: string): number[] {
    // A word of over 200 characters is not hyphenated at all (nor memoised: its key would hold the whole word).
    if (word.length > MAX_HYPHENATED_LETTERS * 2) return [];
    const key = `${lang}\u0000${word}`;
    let breaks = memo.get(key);
    if (!breaks) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      breaks = computeBreaks(word, lang);
      memo.set(key, breaks);
    }
    return [...breaks];
  },
};

/**
 * The hyphenator for `ru`, `kk` and `en`. Cheap to call per document: every
 * call returns the same object over process-wide pattern sets and memo.
 */
export function createHyphenator(): Hyphenator {
  return sharedHyphenator;
}
