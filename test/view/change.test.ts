import { describe, expect, test } from 'vitest';
import { computeChange } from '../../src/view/change.js';
import { loadLocale } from '../../src/view/locale.js';

const S = '\u00A0';
const MINUS = '\u2212';
const ru = loadLocale('ru');
const FACTS: [string, string, string] = ['факт', 'факта', 'фактов'];

describe('computeChange', () => {
  test('growth', () => {
    expect(computeChange({ value: 900, previous: 800 }, 'ru', ru)).toEqual({
      change: `+12,5${S}% к прошлому периоду`,
      changeValue: `+12,5${S}%`,
      changeDirection: 'up',
      previous: '800',
    });
  });
  test('fall uses U+2212 and the absolute percentage', () => {
    const c = computeChange({ value: 483, previous: 500, unit: FACTS }, 'ru', ru);
    expect(c.change).toBe(`${MINUS}3,4${S}% к прошлому периоду`);
    expect(c.changeDirection).toBe('down');
    expect(c.previous).toBe(`500${S}фактов`);
  });
  test('a negative previous value: the change is against its absolute value', () => {
    expect(computeChange({ value: -50, previous: -100 }, 'ru', ru).change).toBe(`+50${S}% к прошлому периоду`);
  });
  test('equal values: «без изменений»; a change that rounds to zero is still a change, «<0,1 %», never ±0', () => {
    const same = computeChange({ value: 10, previous: 10 }, 'ru', ru);
    expect(same.change).toBe('без изменений');
    expect(same.changeDirection).toBe('same');
    // 1 001 more of 98 764 431 is +0,001 %: not «без изменений».
    const up = computeChange({ value: 98_765_432, previous: 98_764_431 }, 'ru', ru);
    expect(up).toMatchObject({ change: `+<0,1${S}% к прошлому периоду`, changeValue: `+<0,1${S}%`, changeDirection: 'up' });
    const down = computeChange({ value: 99_999, previous: 100_000 }, 'ru', ru);
    expect(down).toMatchObject({ changeValue: `${MINUS}<0,1${S}%`, changeDirection: 'down' });
    expect(computeChange({ value: 100_001, previous: 100_000 }, 'en', loadLocale('en')).changeValue).toBe('+<0.1%');
    for (const c of [up, down]) expect(c.change).not.toMatch(/0,0|-0|−0/);
    // In percentage points likewise.
    expect(computeChange({ value: 96.41, previous: 96.4, unit: '%' }, 'ru', ru).changeValue).toBe(`+<0,1${S}п.${S}п.`);
  });
  test('previous = 0: no percentage, the previous value instead', () => {
    const c = computeChange({ value: 5, previous: 0, unit: FACTS }, 'ru', ru);
    expect(c).toEqual({ change: `было 0${S}фактов`, changeValue: `было 0${S}фактов`, changeDirection: 'up', previous: `0${S}фактов` });
    expect(computeChange({ value: 0, previous: 0 }, 'ru', ru).change).toBe('без изменений');
    expect(computeChange({ value: -2, previous: 0 }, 'ru', ru).changeDirection).toBe('down');
  });
  test('the previous value takes its own plural form', () => {
    expect(computeChange({ value: 5, previous: 1, unit: FACTS }, 'ru', ru).previous).toBe(`1${S}факт`);
  });
  test('no previous: all null', () => {
    expect(computeChange({ value: 5 }, 'ru', ru)).toEqual({ change: null, changeValue: null, changeDirection: null, previous: null });
  });
  test('a figure in % changes in percentage points, not per cent', () => {
    const c = computeChange({ value: 96.4, previous: 89.7, unit: '%' }, 'ru', ru);
    expect(c.change).toBe(`+6,7${S}п.${S}п. к прошлому периоду`);
    expect(c.changeValue).toBe(`+6,7${S}п.${S}п.`);
    expect(computeChange({ value: 81.2, previous: 84.5, unit: '%' }, 'en', loadLocale('en')).changeValue).toBe(`${MINUS}3.3${S}pp`);
    expect(computeChange({ value: 50, previous: 40, unit: '%' }, 'kk', loadLocale('kk')).change).toBe(`өткен кезеңмен салыстырғанда +10${S}п.${S}т.`);
    expect(computeChange({ value: 40, previous: 40, unit: '%' }, 'ru', ru).change).toBe('без изменений');
    // From 0 % a change in points is still meaningful.
    expect(computeChange({ value: 5, previous: 0, unit: '%' }, 'ru', ru).changeValue).toBe(`+5${S}п.${S}п.`);
  });
  test('en and kk words', () => {
    expect(computeChange({ value: 900, previous: 800 }, 'en', loadLocale('en')).change).toBe('+12.5% on the previous period');
    expect(computeChange({ value: 700, previous: 800 }, 'kk', loadLocale('kk')).change).toBe(`өткен кезеңмен салыстырғанда ${MINUS}12,5${S}%`);
  });
});
