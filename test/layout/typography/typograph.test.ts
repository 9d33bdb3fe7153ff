import { describe, expect, it } from 'vitest';
import { typographText } from '../../../src/layout/typography/typograph.js';
import { typografFor } from '../../../src/layout/typography/typografInstances.js';
import { applyTypography } from '../../../src/layout/typography/applyTypography.js';

const NBSP = '\u00A0';
/** Shows non-breaking spaces as `~` so expectations stay readable. */
const ru = (text: string): string => typographText(text, 'ru').replaceAll(NBSP, '~');
const kk = (text: string): string => typographText(text, 'kk').replaceAll(NBSP, '~');
const en = (text: string): string => typographText(text, 'en').replaceAll(NBSP, '~');

describe('typographText: non-breaking spaces (ru)', () => {
  it('binds one- and two-letter words to the next word', () => {
    expect(ru('Работа ведется в городе и на трассе по плану')).toBe('Работа ведется в~городе и~на~трассе по~плану');
  });

  it('puts a non-breaking space before a dash made of a hyphen or a double hyphen', () => {
    expect(ru('Наркотики - зло')).toBe('Наркотики~— зло');
    expect(ru('Наркотики -- зло')).toBe('Наркотики~— зло');
    expect(ru('Наркотики — зло')).toBe('Наркотики~— зло');
  });

  it('binds № and § to their numbers, inserting the space when missing', () => {
    expect(ru('приказ № 5 и §12')).toBe('приказ №~5~и~§~12');
    expect(ru('приказ №5')).toBe('приказ №~5');
  });

  it('binds initials to the surname in both orders', () => {
    expect(ru('сообщил А. Б. Иванов')).toContain('А.~Б.~Иванов');
    expect(ru('А. Иванов и Б. Петров')).toBe('А.~Иванов и~Б.~Петров');
    expect(ru('сообщил Иванов А. Б. сегодня')).toBe('сообщил Иванов~А.~Б. сегодня');
    expect(kk('деді Е. Тұрсынов')).toContain('Е.~Тұрсынов');
  });

  it('binds years, article numbers and numbers with their words', () => {
    expect(ru('В 2025 г. изъято')).toBe('В~2025~г. изъято');
    expect(ru('за 2024–2025 гг. по ст. 440-1 КоАП РК')).toBe('за~2024–2025~гг. по~ст.~440-1 КоАП~РК');
    expect(ru('изъято 46 кг')).toBe('изъято 46~кг');
    expect(ru('3 декабря')).toBe('3~декабря');
  });

  it('uses U+00A0 only, never entities or narrow no-break spaces', () => {
    const out = typographText('Приказ № 5, § 12, 2025 г. и т. д.', 'ru');
    expect(out).not.toMatch(/&[a-z#0-9]+;|\u202F|\u2009/);
    expect(out).toContain(NBSP);
  });
});

describe('typographText: quotes', () => {
  it('sets «ёлочки» with „лапки“ inside for ru and kk', () => {
    expect(ru('Операция "Мак" и "слово "внутри" слова"')).toBe('Операция «Мак» и~«слово „внутри“ слова»');
    expect(kk('"Заң "бәрі" үшін"')).toBe('«Заң „бәрі“ үшін»');
  });

  it('sets “ ” with ‘ ’ inside for en', () => {
    expect(en('He said "a "b" c"')).toBe('He~said “a~‘b’ c”');
  });
});

describe('typographText: Kazakh and English', () => {
  it('treats Kazakh letters as letters of short words and dates', () => {
    expect(kk('Әр адам білуі тиіс - деді ол 2025 жылғы 3 желтоқсан')).toBe('Әр~адам білуі тиіс~— деді ол~2025~жылғы 3~желтоқсан');
  });

  it('makes a spaced hyphen an em dash in English', () => {
    expect(en('Drugs - a danger on 3 December')).toBe('Drugs~— a~danger on~3~December');
  });
});

describe('typographText: never changes anything else', () => {
  const untouched = [
    '1/2 и 3/4',
    'x +- 5, a != b, a <= b, 10 x 5, -> и <-',
    '(c) (tm) (r)',
    'Итак...',
    'Дата 2025-12-03',
    'ст. 440-1 и 1990-1995 и 10-20',
    'p.s. P.S.',
    'как то так, из за угла, кое как',
    '1-ый и 25-ое',
    '1 руб., 5 м2',
    'AT&amp;T, &nbsp; &#160; \\u00a0;',
    '+7 (727) 123-45-67',
    'ОООО!!! ??',
    '<b>жирный</b> http://example.com/a-b',
  ];
  for (const text of untouched) {
    it(`keeps every letter, digit and sign of «${text}»`, () => {
      // The rules themselves, without typographText's safety net.
      for (const lang of ['ru', 'kk', 'en'] as const) {
        const out = applyTypography(text, lang);
        expect(out.replace(/[\s«»„“”"]/g, '')).toBe(text.replace(/[\s"]/g, ''));
      }
    });
  }

  it('keeps HTML-like text and entities exactly as written', () => {
    expect(typographText('AT&amp;T', 'ru')).toBe('AT&amp;T');
    expect(typographText('a&nbsp;b', 'en')).toBe('a&nbsp;b');
  });

  it('keeps hyphens inside words and numbers', () => {
    expect(ru('кто-то из 440-1')).toBe('кто-то из~440-1');
  });

  it('returns an empty text unchanged', () => {
    expect(typographText('', 'ru')).toBe('');
  });
});

describe('typograf instances', () => {
  it('are created once per language', () => {
    expect(typografFor('ru')).toBe(typografFor('ru'));
    expect(typografFor('kk')).not.toBe(typografFor('ru'));
  });
});

describe('digit groups', () => {
  it('binds the groups of a number written with spaces', () => {
    expect(typographText('заблокированы 2 564 карты и 1 263 000 тенге', 'ru')).toBe(
      'заблокированы 2\u00A0564\u00A0карты и\u00A01\u00A0263\u00A0000\u00A0тенге',
    );
  });
  it('does not bind a year to a following three-digit number', () => {
    expect(typographText('в 2024 году', 'ru')).toContain('2024\u00A0году');
  });
});
