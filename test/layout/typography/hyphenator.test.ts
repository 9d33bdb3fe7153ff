import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createHyphenator, MAX_HYPHENATED_LETTERS, providePatterns, type HyphenModule } from '../../../src/layout/typography/hyphenator.js';

const hyphenator = createHyphenator();

/** The word with `-` at every offered break: «нар-ко-тик». */
function divided(word: string, lang: string): string {
  let out = '';
  let from = 0;
  for (const at of hyphenator.hyphenate(word, lang)) {
    out += `${word.slice(from, at)}-`;
    from = at;
  }
  return out + word.slice(from);
}

/** Breaks must be ascending, inside the word, with at least 2 letters on each side. */
function expectSaneBreaks(word: string, lang: string): number[] {
  const breaks = hyphenator.hyphenate(word, lang);
  expect(breaks).toEqual([...breaks].sort((a, b) => a - b));
  for (const at of breaks) {
    expect(at).toBeGreaterThanOrEqual(2);
    expect(at).toBeLessThanOrEqual(word.length - 2);
    expect('ьъй').not.toContain(word.charAt(at));
  }
  return breaks;
}

describe('createHyphenator: Russian', () => {
  it.each([
    ['наркопреступность', 'нар-ко-пре-ступ-ность'],
    ['противодействию', 'про-ти-во-дей-ствию'],
    ['ответственности', 'от-вет-ствен-но-сти'],
    ['правонарушений', 'пра-во-на-ру-ше-ний'],
    ['сотрудники', 'со-труд-ни-ки'],
    ['подъезд', 'подъ-езд'],
    ['большой', 'боль-шой'],
  ])('divides %s', (word, expected) => {
    expect(divided(word, 'ru')).toBe(expected);
    expectSaneBreaks(word, 'ru');
  });

  it('never breaks before ь, ъ or й, and leaves two letters on each side', () => {
    for (const word of ['семья', 'объявление', 'тайный', 'воробьи', 'сельский', 'разъяснение', 'наркотиками', 'задержано']) {
      expectSaneBreaks(word, 'ru');
    }
  });

  it('skips punctuation around a word and gives offsets inside the whole word', () => {
    expect(divided('«ответственности»,', 'ru')).toBe('«от-вет-ствен-но-сти»,');
  });
});

describe('createHyphenator: words left whole', () => {
  it.each([
    ['Иванов', 'capitalised (a name)'],
    ['Наркопреступность', 'capitalised'],
    ['ОПГ', 'abbreviation'],
    ['КоАП', 'abbreviation with a capital inside'],
    ['МВДшники', 'capital inside'],
    ['covid19', 'digit'],
    ['статья2025', 'digit'],
    ['кто-нибудь', 'hyphenated compound'],
    ['440-1', 'number'],
    ['интернетsite', 'Latin/Cyrillic mix'],
    ['тест', 'shorter than 5 letters'],
    ['дом', 'short'],
    ['', 'empty'],
    ['...', 'no letters'],
  ])('%s (%s)', (word) => {
    expect(hyphenator.hyphenate(word, 'ru')).toEqual([]);
    expect(hyphenator.hyphenate(word, 'kk')).toEqual([]);
    expect(hyphenator.hyphenate(word, 'en')).toEqual([]);
  });
});

describe('createHyphenator: Kazakh', () => {
  it.each([
    ['мұғалімдер', 'мұ-ға-лім-дер'],
    ['қылмыстық', 'қыл-мыс-тық'],
    ['оқушылар', 'оқу-шы-лар'],
    ['есірткі', 'есірт-кі'],
    ['мемлекеттік', 'мем-ле-кет-тік'],
  ])('divides %s by syllables', (word, expected) => {
    expect(divided(word, 'kk')).toBe(expected);
  });

  it('does not cut between two vowels, where и or у is a glide', () => {
    expect(divided('ауылдағы', 'kk')).toBe('ауыл-да-ғы');
    expect(divided('тергеушілер', 'kk')).toBe('тер-геу-ші-лер');
  });

  it('uses the Kazakh rule for a word with Kazakh letters inside Russian text', () => {
    expect(divided('әкімдік', 'ru')).toBe('әкім-дік');
  });
});

describe('createHyphenator: English and mixed', () => {
  it('divides English words with the US patterns', () => {
    expect(divided('responsibility', 'en')).toBe('re-spon-si-bil-i-ty');
    expect(divided('enforcement', 'en')).toBe('en-force-ment');
  });

  it('uses the script of the word, not the language of the text', () => {
    expect(divided('enforcement', 'ru')).toBe('en-force-ment');
    expect(divided('ответственности', 'en')).toBe('от-вет-ствен-но-сти');
  });
});

describe('createHyphenator: sharing', () => {
  it('returns one shared hyphenator and fresh arrays', () => {
    expect(createHyphenator()).toBe(hyphenator);
    const first = hyphenator.hyphenate('ответственности', 'ru');
    first.push(99);
    expect(hyphenator.hyphenate('ответственности', 'ru')).not.toContain(99);
  });
});

describe('createHyphenator: runs of letters longer than any word', () => {
  it(`hands no run of more than ${MAX_HYPHENATED_LETTERS} letters to the patterns (their work grows with the square of the length), counted`, () => {
    const real = createRequire(import.meta.url)('hyphen/ru') as HyphenModule;
    let handed = 0;
    providePatterns('ru', { hyphenateSync: (text, options) => ((handed += text.length), real.hyphenateSync(text, options)) });
    try {
      const word = 'абракадабра'.repeat(10).slice(0, MAX_HYPHENATED_LETTERS);
      expect(hyphenator.hyphenate(word, 'ru').length).toBeGreaterThan(10);
      expect(handed).toBe(MAX_HYPHENATED_LETTERS);
      handed = 0;
      for (const n of [MAX_HYPHENATED_LETTERS + 1, 2_500, 10_000]) expect(hyphenator.hyphenate('ж'.repeat(n), 'ru')).toEqual([]);
      expect(handed).toBe(0);
    } finally {
      providePatterns('ru', real);
    }
  });
});
