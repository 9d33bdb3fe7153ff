import { describe, expect, test } from 'vitest';
import { axisLabels } from '../../src/view/scaleAxis.js';
import { loadLocale } from '../../src/view/locale.js';

const S = '\u00A0';

describe('axisLabels', () => {
  test('small axes keep their numbers', () => {
    expect(axisLabels([0, 200, 400, 600], 'ru', loadLocale('ru'))).toEqual(['0', '200', '400', '600']);
    expect(axisLabels([0, 50000], 'ru', loadLocale('ru'))).toEqual(['0', `50${S}000`]);
  });
  test('large axes are scaled to тыс., млн, млрд, трлн', () => {
    expect(axisLabels([0, 500_000_000, 1_000_000_000, 1_500_000_000], 'ru', loadLocale('ru'))).toEqual(['0', `0,5${S}млрд`, `1${S}млрд`, `1,5${S}млрд`]);
    expect(axisLabels([0, 400_000, 800_000], 'ru', loadLocale('ru'))).toEqual(['0', `400${S}тыс.`, `800${S}тыс.`]);
    expect(axisLabels([0, 1.2e12], 'ru', loadLocale('ru'))).toEqual(['0', `1,2${S}трлн`]);
  });
  test('in each language', () => {
    expect(axisLabels([0, 2_000_000], 'en', loadLocale('en'))).toEqual(['0', `2${S}m`]);
    expect(axisLabels([0, 300_000], 'kk', loadLocale('kk'))).toEqual(['0', `300${S}мың`]);
  });
});
