import { describe, expect, test } from 'vitest';
import { applyTypography } from '../../../src/layout/typography/applyTypography.js';
import { typesetTextsHeld, typographText } from '../../../src/layout/typography/typograph.js';

const TEXTS = [
  'в 2025 г. изъято 17 кг',
  'в 1999 г. изъято 42 кг',
  '№5 и №7, ст. 440-1',
  '№9 и №0, ст. 123-4',
  '3 декабря 2025 года, 12 млн тенге',
  '31 января 1990 года, 7 млн тенге',
  'Показатель номер 7',
  'Показатель номер 1234567',
];

describe('texts that differ only in their digits share one typesetting', () => {
  test.each(TEXTS)('«%s» is typeset as typograf sets it, with its own digits', (text) => {
    expect(typographText(text, 'ru')).toBe(applyTypography(text, 'ru'));
  });

  test('a thousand labels with different numbers are typeset as one (counted, not timed)', () => {
    typographText('Показатель номер 1', 'kk');
    const before = typesetTextsHeld();
    for (let i = 0; i < 1000; i++) expect(typographText(`Показатель номер ${i % 10}`, 'kk')).toBe(applyTypography(`Показатель номер ${i % 10}`, 'kk'));
    expect(typesetTextsHeld()).toBe(before);
  });
});
