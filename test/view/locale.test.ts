import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fillPattern, findLocalesDir, loadLocale, REQUIRED_WORDS } from '../../src/view/locale.js';

const CYRILLIC = /[\u0400-\u04FF]/;

describe('locales', () => {
  test('the locales folder holds ru, kk and en', () => {
    expect(readdirSync(findLocalesDir()).sort()).toEqual(['en.json', 'kk.json', 'ru.json']);
  });
  test('every language has the same keys, all required ones included', () => {
    const ru = Object.keys(loadLocale('ru')).sort();
    for (const key of REQUIRED_WORDS) expect(ru).toContain(key);
    expect(Object.keys(loadLocale('kk')).sort()).toEqual(ru);
    expect(Object.keys(loadLocale('en')).sort()).toEqual(ru);
  });
  test('words are translated: no Cyrillic in English, Kazakh differs from Russian', () => {
    for (const [key, value] of Object.entries(loadLocale('en'))) expect(`${key}: ${value}`).not.toMatch(CYRILLIC);
    const ru = loadLocale('ru');
    const kk = loadLocale('kk');
    const same = Object.keys(ru).filter((k) => ru[k] === kk[k]);
    // Kazakh writes the large-number abbreviations as Russian does.
    expect(same.sort()).toEqual(['briefing', 'scaleBillion', 'scaleMillion', 'scaleTrillion', 'speaker', 'statistics']);
  });
  test('the words of the brief', () => {
    const ru = loadLocale('ru');
    expect(ru.page).toBe('Стр.');
    expect(ru.of).toBe('из');
    expect(ru.effective).toBe('Действует с');
    expect(ru.continued).toBe('(продолжение)');
    expect(fillPattern(ru.pageOf ?? '', { n: '2', m: '5' }).replaceAll('\u00A0', ' ')).toBe('Стр. 2 из 5');
  });
  test('read once per process', () => {
    expect(loadLocale('kk')).toBe(loadLocale('kk'));
  });
  test('fillPattern keeps unknown placeholders', () => {
    expect(fillPattern('{a} и {b}', { a: '1' })).toBe('1 и {b}');
  });
});
