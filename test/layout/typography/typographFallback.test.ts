import { describe, expect, it, vi } from 'vitest';

// Rules that misbehave: one changes a letter, one turns a hyphen inside a number into a dash.
vi.mock('../../../src/layout/typography/applyTypography.js', () => ({
  applyTypography: (text: string) =>
    text
      .replace('ё', 'е')
      .replace(/(\d)-(\d)/, '$1–$2')
      .replaceAll(' ', '\u00A0'),
}));

const { typographText, typographRuns } = await import('../../../src/layout/typography/typograph.js');

describe('typographText safety net', () => {
  it('returns the input unchanged when the rules changed a letter', () => {
    expect(typographText('ёлка в лесу', 'ru')).toBe('ёлка в лесу');
  });

  it('returns the input unchanged when a hyphen inside a number became a dash', () => {
    expect(typographText('ст. 440-1', 'ru')).toBe('ст. 440-1');
  });

  it('keeps changes that only touch whitespace', () => {
    expect(typographText('елка в лесу', 'ru')).toBe('елка\u00A0в\u00A0лесу');
  });

  it('leaves runs unchanged too', () => {
    const runs = [
      { text: 'ёлка ', bold: true, italic: false },
      { text: 'в лесу', bold: false, italic: false },
    ];
    expect(typographRuns(runs, 'ru')).toEqual(runs);
  });
});
