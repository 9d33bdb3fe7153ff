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
  test('a part that is not all of the whole never reads as 100 %, nor a part that is something as 0 %', () => {
    expect(computeShare({ value: 3903 }, { value: 3904 }, 'ru', ru)).toEqual({ share: `>99,9${S}% от${S}3${S}904`, sharePercent: 100 });
    expect(computeShare({ value: 1 }, { value: 10_000 }, 'ru', ru)).toEqual({ share: `<0,1${S}% от${S}10${S}000`, sharePercent: 0 });
    expect(computeShare({ value: 1 }, { value: 10_000 }, 'en', loadLocale('en')).share).toBe('<0.1% of 10,000');
    expect(computeShare({ value: 3903 }, { value: 3904 }, 'kk', loadLocale('kk')).share).toBe(`3${S}904 ішінен >99,9${S}%`);
    // The whole is 100 %, nothing is 0 %, and a share that rounds to 99,9 % stays as it is.
    expect(computeShare({ value: 3904 }, { value: 3904 }, 'ru', ru).share).toBe(`100${S}% от${S}3${S}904`);
    expect(computeShare({ value: 0 }, { value: 3904 }, 'ru', ru).share).toBe(`0${S}% от${S}3${S}904`);
    expect(computeShare({ value: 999 }, { value: 1000 }, 'ru', ru).share).toBe(`99,9${S}% от${S}1${S}000`);
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
