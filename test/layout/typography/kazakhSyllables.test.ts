import { describe, expect, it } from 'vitest';
import { kazakhSyllableBreaks, kazakhSyllables } from '../../../src/layout/typography/kazakhSyllables.js';

/**
 * Native Kazakh words divided by the rule: one vowel per syllable, a lone
 * consonant between vowels starts the next syllable, of two or more the
 * last one does, ь/ъ stay with the consonant before them.
 */
const DIVIDED = [
  'ба-ла',
  'мек-теп',
  'қа-ла-сы',
  'Ас-та-на',
  'мұ-ға-лім',
  'о-қу-шы',
  'кі-тап',
  'дәп-тер',
  'қа-лам',
  'е-сік',
  'те-ре-зе',
  'ба-ла-лар',
  'жұ-мыс',
  'жұ-мыс-шы',
  'ө-нер-кә-сіп',
  'са-бақ',
  'о-қу-лық',
  'қа-зақ',
  'дос-тық',
  'жол-дас',
  'а-дам',
  'ә-ке',
  'ше-ше',
  'үй-ре-ну',
  'кө-лік',
  'ке-ңес',
  'қыз-мет',
  'мем-ле-кет',
  'заң-гер',
  'құ-қық',
  'қыл-мыс',
  'қыл-мыс-тық',
  'е-сірт-кі',
  'а-за-мат',
  'бі-лім',
  'ө-мір',
  'жү-рек',
  'та-мақ',
  'ұс-таз',
  'сөз-дік',
  'о-рын-дал-ды',
  'жа-ңа-лық',
  'а-нық-тал-ды',
  'ұ-йым-дас-ты-ру',
  'тек-се-ру',
  'ақ-па-рат',
  'тіл',
];

describe('kazakhSyllables', () => {
  it.each(DIVIDED)('divides %s', (divided) => {
    expect(kazakhSyllables(divided.replaceAll('-', '')).join('-')).toBe(divided);
  });

  it('keeps ь and ъ with the consonant before them', () => {
    expect(kazakhSyllables('пальто')).toEqual(['паль', 'то']);
    expect(kazakhSyllables('сырьё')).toEqual(['сырь', 'ё']);
    expect(kazakhSyllables('объект')).toEqual(['объ', 'ект']);
  });

  it('counts и and у as vowels (the simple rule)', () => {
    expect(kazakhSyllables('ауыл')).toEqual(['а', 'у', 'ыл']);
    expect(kazakhSyllables('полиция')).toEqual(['по', 'ли', 'ци', 'я']);
  });

  it('gives break offsets between syllables, none for one syllable or none at all', () => {
    expect(kazakhSyllableBreaks('қаласы')).toEqual([2, 4]);
    expect(kazakhSyllableBreaks('тіл')).toEqual([]);
    expect(kazakhSyllables('')).toEqual([]);
    expect(kazakhSyllables('штб')).toEqual(['штб']);
  });
});
