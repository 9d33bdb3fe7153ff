import { describe, expect, test } from 'vitest';
import { dateAtUtcMidnight, formatDate } from '../../src/view/formatDate.js';
import { loadLocale } from '../../src/view/locale.js';

const S = '\u00A0';
const fmt = (iso: string, lang: 'ru' | 'kk' | 'en') => formatDate(iso, lang, loadLocale(lang));

describe('formatDate', () => {
  test('ru: genitive month, no-break space before «г.»', () => {
    expect(fmt('2025-12-03', 'ru')).toBe(`3${S}декабря 2025${S}г.`);
    expect(fmt('2025-03-11', 'ru')).toBe(`11${S}марта 2025${S}г.`);
    expect(fmt('2024-05-01', 'ru')).toBe(`1${S}мая 2024${S}г.`);
  });
  test('kk: year first with «жылғы»', () => {
    expect(fmt('2025-12-03', 'kk')).toBe(`2025${S}жылғы 3${S}желтоқсан`);
    expect(fmt('2025-01-31', 'kk')).toBe(`2025${S}жылғы 31${S}қаңтар`);
    expect(fmt('2025-04-09', 'kk')).toBe(`2025${S}жылғы 9${S}сәуір`);
  });
  test('en', () => {
    expect(fmt('2025-12-03', 'en')).toBe(`3${S}December 2025`);
    expect(fmt('2025-07-20', 'en')).toBe(`20${S}July 2025`);
  });
  test('the same with ordinary spaces as the contract writes it', () => {
    expect(fmt('2025-12-03', 'ru').replaceAll(S, ' ')).toBe('3 декабря 2025 г.');
    expect(fmt('2025-12-03', 'kk').replaceAll(S, ' ')).toBe('2025 жылғы 3 желтоқсан');
  });
  test('the creation date is the day at 00:00 UTC', () => {
    expect(dateAtUtcMidnight('2025-12-03').toISOString()).toBe('2025-12-03T00:00:00.000Z');
  });
});
