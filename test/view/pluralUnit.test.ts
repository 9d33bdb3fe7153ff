import { describe, expect, test } from 'vitest';
import { pluralIndex, pluralUnit } from '../../src/view/pluralUnit.js';

const FORMS: [string, string, string] = ['факт', 'факта', 'фактов'];

describe('pluralIndex', () => {
  // value → [ru, en, kk]
  const table: [number, number, number, number][] = [
    [0, 2, 2, 0],
    [1, 0, 0, 0],
    [2, 1, 2, 0],
    [4, 1, 2, 0],
    [5, 2, 2, 0],
    [11, 2, 2, 0],
    [12, 2, 2, 0],
    [14, 2, 2, 0],
    [21, 0, 2, 0],
    [22, 1, 2, 0],
    [25, 2, 2, 0],
    [101, 0, 2, 0],
    [111, 2, 2, 0],
    [112, 2, 2, 0],
    [1001, 0, 2, 0],
    [0.5, 1, 2, 0],
    [1.5, 1, 2, 0],
    [312.5, 1, 2, 0],
    [-1, 0, 0, 0],
    [-5, 2, 2, 0],
  ];
  test.each(table)('%s → ru %i, en %i, kk %i', (n, ru, en, kk) => {
    expect(pluralIndex(n, 'ru')).toBe(ru);
    expect(pluralIndex(n, 'en')).toBe(en);
    expect(pluralIndex(n, 'kk')).toBe(kk);
  });
});

describe('pluralUnit', () => {
  test('chooses the Russian form', () => {
    expect(pluralUnit(FORMS, 21, 'ru')).toBe('факт');
    expect(pluralUnit(FORMS, 23, 'ru')).toBe('факта');
    expect(pluralUnit(FORMS, 13, 'ru')).toBe('фактов');
    expect(pluralUnit(['тысяча тонн', 'тысячи тонн', 'тысяч тонн'], 312.5, 'ru')).toBe('тысячи тонн');
  });
  test('en takes the first or the third form, kk always the first', () => {
    expect(pluralUnit(['case', 'cases?', 'cases'], 1, 'en')).toBe('case');
    expect(pluralUnit(['case', 'cases?', 'cases'], 2, 'en')).toBe('cases');
    expect(pluralUnit(['дерек', 'x', 'y'], 25, 'kk')).toBe('дерек');
  });
  test('a single string is used as is; no unit is null', () => {
    expect(pluralUnit('кг', 5, 'ru')).toBe('кг');
    expect(pluralUnit('%', 1, 'en')).toBe('%');
    expect(pluralUnit(undefined, 5, 'ru')).toBeNull();
  });
});
