import { describe, expect, test } from 'vitest';
import { formatFigure, formatQuantity, holdTogether } from '../../src/view/formatFigure.js';

const S = '\u00A0';

describe('formatFigure', () => {
  test('qualifier, value and unit joined by no-break spaces', () => {
    const f = formatFigure({ value: 46, unit: 'кг', qualifier: 'почти' }, 'ru');
    expect(f.display).toBe(`почти${S}46${S}кг`);
    expect(f).toMatchObject({ qualifier: 'почти', value: '46', unit: 'кг' });
  });
  test('percent is joined too', () => {
    expect(formatFigure({ value: 96.4, unit: '%' }, 'ru').display).toBe(`96,4${S}%`);
    expect(formatFigure({ value: 96.4, unit: '%' }, 'en').display).toBe(`96.4${S}%`);
  });
  test('plural unit and grouped value', () => {
    const f = formatFigure({ value: 1263, unit: ['факт', 'факта', 'фактов'], qualifier: 'более' }, 'ru');
    expect(f.display).toBe(`более${S}1${S}263${S}факта`);
    expect(formatFigure({ value: 1265, unit: ['факт', 'факта', 'фактов'] }, 'ru').display).toBe(`1${S}265${S}фактов`);
    expect(formatFigure({ value: 312.5, unit: ['тысяча тонн', 'тысячи тонн', 'тысяч тонн'] }, 'ru').display).toBe(`312,5${S}тысячи${S}тонн`);
  });
  test('a value alone; whitespace in the qualifier collapses', () => {
    expect(formatFigure({ value: 683 }, 'ru')).toEqual({ display: '683', qualifier: null, value: '683', unit: null });
    expect(formatFigure({ value: 5, qualifier: '  не\n менее ' }, 'ru').display).toBe(`не${S}менее${S}5`);
  });
  test('a short unit or qualifier is held together by no-break spaces; a long one keeps its spaces', () => {
    expect(formatFigure({ value: 1234567890, unit: 'тыс. тенге' }, 'ru').display).toBe(`1${S}234${S}567${S}890${S}тыс.${S}тенге`);
    expect(holdTogether('транспортных средств')).toBe(`транспортных${S}средств`);
    expect(holdTogether('единиц огнестрельного оружия')).toBe('единиц огнестрельного оружия');
    expect(holdTogether('правонарушений, зафиксированных')).toBe('правонарушений, зафиксированных');
    expect(holdTogether(null)).toBeNull();
  });
  test('formatQuantity', () => {
    expect(formatQuantity(0, ['факт', 'факта', 'фактов'], 'ru')).toBe(`0${S}фактов`);
    expect(formatQuantity(1, ['case', '-', 'cases'], 'en')).toBe(`1${S}case`);
  });
});
