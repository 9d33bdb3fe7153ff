/** The contract's typography exactly: only straight quotes and a hyphen between spaces change. */
import { describe, expect, it } from 'vitest';
import { typographText } from '../../../src/layout/typography/typograph.js';

const NB = '\u00a0';

describe('quotes and dashes the author typed stay as typed', () => {
  it('keeps „лапки“ and an en dash between spaces, and still sets straight quotes and a hyphen', () => {
    const out = typographText('„лапки“ и "прямые" – тире - дефис', 'ru');
    expect(out).toContain('„лапки“');
    expect(out).toContain('«прямые»');
    expect(out).toContain(' – тире');
    expect(out.replace(/\u00a0/g, ' ')).toContain('тире — дефис');
  });

  it('nests straight quotes as «ёлочки» with „лапки“ inside', () => {
    expect(typographText('"внешние "внутренние" кавычки"', 'ru')).toBe('«внешние „внутренние“ кавычки»');
  });

  it('keeps typed «ёлочки», “English quotes”, ‘single’ ones and an em dash as they are', () => {
    for (const t of ['«ёлочки» и “такие” и ‘такие’', 'Он — здесь', 'минус −5 и ‒ цифровое']) {
      expect(typographText(t, 'ru').replace(new RegExp(NB, 'g'), ' ')).toBe(t);
    }
    expect(typographText('He said “hi” – ok', 'en').replace(new RegExp(NB, 'g'), ' ')).toBe('He said “hi” – ok');
  });

  it('leaves a text holding the private-use characters it relies on as it is', () => {
    expect(typographText('знак \ue101 и „лапки“ "x"', 'ru')).toBe('знак \ue101 и „лапки“ "x"');
  });
});
