/**
 * What may be hyphenated, for every language: only a lowercase word of one
 * script (Cyrillic or Latin), at least 5 letters long, with no digit, hyphen
 * or other sign inside. Capitalised words (names: we never hyphenate names)
 * and words with a capital inside (ОПГ, КоАП) are left whole, and so are
 * compounds with a hyphen (кто-то, 440-1): layout may break after the
 * hyphen itself.
 */
export type WordScript = 'cyrillic' | 'latin';

export interface WordCore {
  /** Offset of the core inside the word (leading punctuation skipped). */
  start: number;
  /** The letters between the word's leading and trailing punctuation. */
  letters: string;
  script: WordScript;
}

const MIN_WORD_LENGTH = 5;
const MIN_SIDE = 2;
/** Letters that stay with the letter before them: no break right before them. */
const STAYS_WITH_PREVIOUS = new Set([...'ьъйЬЪЙ']);

/** The hyphenatable core of `word`, or null when the word must stay whole. */
export function findWordCore(word: string): WordCore | null {
  if (/\p{N}/u.test(word)) return null;
  const first = word.search(/\p{L}/u);
  if (first < 0) return null;
  let end = word.length;
  while (end > first && !/\p{L}/u.test(word.charAt(end - 1))) end--;
  const letters = word.slice(first, end);
  if (letters.length < MIN_WORD_LENGTH) return null;
  if (!/^\p{Ll}+$/u.test(letters)) return null;
  const script = scriptOf(letters);
  return script ? { start: first, letters, script } : null;
}

function scriptOf(letters: string): WordScript | null {
  if (/^\p{Script=Cyrillic}+$/u.test(letters)) return 'cyrillic';
  if (/^\p{Script=Latin}+$/u.test(letters)) return 'latin';
  return null;
}

/** Keeps the breaks that leave 2 letters on each side and no ь, ъ, й at a line start. */
export function allowedBreaks(letters: string, breaks: readonly number[]): number[] {
  return breaks.filter((at) => at >= MIN_SIDE && at <= letters.length - MIN_SIDE && !STAYS_WITH_PREVIOUS.has(letters.charAt(at)));
}
