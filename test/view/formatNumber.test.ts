import { describe, expect, test } from 'vitest';
import { formatNumber, plainDigits } from '../../src/view/formatNumber.js';

const S = '\u00A0';

describe('formatNumber', () => {
  test.each([
    [0, '0', '0'],
    [-0, '0', '0'],
    [7, '7', '7'],
    [698, '698', '698'],
    [1263, `1${S}263`, '1,263'],
    [2564, `2${S}564`, '2,564'],
    [12345, `12${S}345`, '12,345'],
    [1234567, `1${S}234${S}567`, '1,234,567'],
    [55.6, '55,6', '55.6'],
    [0.5, '0,5', '0.5'],
    [96.4, '96,4', '96.4'],
    [1263.75, `1${S}263,75`, '1,263.75'],
    [0.1 + 0.2, '0,30000000000000004', '0.30000000000000004'],
    [-3.5, '\u22123,5', '\u22123.5'],
    [-1263, `\u22121${S}263`, '\u22121,263'],
    [1e21, `1${S}000${S}000${S}000${S}000${S}000${S}000${S}000`, '1,000,000,000,000,000,000,000'],
    [9007199254740993, `9${S}007${S}199${S}254${S}740${S}992`, '9,007,199,254,740,992'],
    [1.5e-7, '0,00000015', '0.00000015'],
  ])('%s → ru %j, en %j', (n, ru, en) => {
    expect(formatNumber(n, 'ru')).toBe(ru);
    expect(formatNumber(n, 'kk')).toBe(ru);
    expect(formatNumber(n, 'en')).toBe(en);
  });

  test('never uses an exponent or rounds', () => {
    expect(formatNumber(2.5e25, 'en')).toBe('25,000,000,000,000,000,000,000,000');
    expect(formatNumber(123456.789012, 'en')).toBe('123,456.789012');
    expect(formatNumber(-1e-10, 'ru')).toBe('\u22120,0000000001');
  });

  test('a negative figure starts with the minus sign U+2212, not a hyphen', () => {
    expect(formatNumber(-12, 'ru').codePointAt(0)).toBe(0x2212);
    expect(formatNumber(-7.5, 'en')).toBe('\u22127.5');
  });

  test('plainDigits expands exponents', () => {
    expect(plainDigits(1.25e22)).toBe('12500000000000000000000');
    expect(plainDigits(3e-7)).toBe('0.0000003');
    expect(plainDigits(-42.5)).toBe('42.5');
  });
});
