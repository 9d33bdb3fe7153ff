/**
 * Kazakh syllables by the school rule (no hyphenation patterns exist for
 * Kazakh): one vowel per syllable; of the consonants between two vowels the
 * last one starts the next syllable, the others stay; ь and ъ stay with the
 * consonant before them. «и» and «у» always count as vowels here, although
 * in Kazakh they are often glides (тау, ауыл): the simple rule is kept.
 */
const VOWELS = new Set([...'аәеёиіоөуұүыэюя']);
const SIGNS = new Set([...'ьъ']);

export function isKazakhVowel(ch: string): boolean {
  return VOWELS.has(ch.toLowerCase());
}

/** Offsets inside `word` where one syllable ends and the next begins. */
export function kazakhSyllableBreaks(word: string): number[] {
  const vowels: number[] = [];
  for (let i = 0; i < word.length; i++) {
    if (isKazakhVowel(word.charAt(i))) vowels.push(i);
  }
  const breaks: number[] = [];
  for (let v = 1; v < vowels.length; v++) {
    const previous = vowels[v - 1] ?? 0;
    const current = vowels[v] ?? 0;
    const last = current - 1;
    const clusterIsEmpty = last === previous;
    const endsWithSign = SIGNS.has(word.charAt(last).toLowerCase());
    breaks.push(clusterIsEmpty || endsWithSign ? current : last);
  }
  return breaks;
}

/** The word cut into syllables: «қаласы» → [«қа», «ла», «сы»]. */
export function kazakhSyllables(word: string): string[] {
  if (word === '') return [];
  const syllables: string[] = [];
  let start = 0;
  for (const cut of kazakhSyllableBreaks(word)) {
    syllables.push(word.slice(start, cut));
    start = cut;
  }
  syllables.push(word.slice(start));
  return syllables;
}
