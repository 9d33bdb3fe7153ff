import { describe, expect, test } from 'vitest';
import { computeShare } from '../../src/view/share.js';
import { loadLocale } from '../../src/view/locale.js';
import { roundPercent } from '../../src/view/roundPercent.js';

const S = '\u00A0';
const ru = loadLocale('ru');

describe('computeShare', () => {
  test('207 of 698 is 29,7 %', () => {
    expect(computeShare({ value: 207 }, { value: 698 }, 'ru', ru)).toEqual({
      share: `29,7${S}% от${S}698`,
      sharePercent: 29.7,
    });
  });
  test('the total is formatted as a number of the language', () => {
    expect(computeShare({ value: 500 }, { value: 1263 }, 'ru', ru).share).toBe(`39,6${S}% от${S}1${S}263`);
    expect(computeShare({ value: 500 }, { value: 1263 }, 'en', loadLocale('en')).share).toBe('39.6% of 1,263');
    expect(computeShare({ value: 500 }, { value: 1263 }, 'kk', loadLocale('kk')).share).toBe(`1${S}263 ішінен 39,6${S}%`);
  });
  test('a whole share has no decimal', () => {
    expect(computeShare({ value: 50 }, { value: 100 }, 'ru', ru).share).toBe(`50${S}% от${S}100`);
  });
  test('no parent or a zero parent gives null', () => {
    expect(computeShare({ value: 5 }, undefined, 'ru', ru)).toEqual({ share: null, sharePercent: null });
    expect(computeShare({ value: 5 }, { value: 0 }, 'ru', ru)).toEqual({ share: null, sharePercent: null });
  });
  test('never -0', () => {
    const r = computeShare({ value: -0.01 }, { value: 100 }, 'ru', ru);
    expect(Object.is(r.sharePercent, 0)).toBe(true);
    expect(r.share).toBe(`0${S}% от${S}100`);
  });
});

describe('roundPercent', () => {
  test('one decimal, half away from zero, without float noise', () => {
    expect(roundPercent(29.65616)).toBe(29.7);
    expect(roundPercent(1.45)).toBe(1.5);
    expect(roundPercent(-1.45)).toBe(-1.5);
    expect(roundPercent(18.75)).toBe(18.8);
    expect(roundPercent(0.04)).toBe(0);
    expect(Object.is(roundPercent(-0.04), 0)).toBe(true);
  });
});
