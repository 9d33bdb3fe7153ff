import { describe, expect, test } from 'vitest';
import { parseInline, parseText } from '../../src/view/parseInline.js';
import type { InlineRun } from '../../src/view/types.js';

const plain = (text: string): InlineRun => ({ text, bold: false, italic: false });
const b = (text: string): InlineRun => ({ text, bold: true, italic: false });
const i = (text: string): InlineRun => ({ text, bold: false, italic: true });
const bi = (text: string): InlineRun => ({ text, bold: true, italic: true });

describe('parseText: paragraphs and spaces', () => {
  test('blank lines separate paragraphs, single breaks are spaces', () => {
    expect(parseText('Первый\nабзац.\n\nВторой   абзац.')).toEqual([[plain('Первый абзац.')], [plain('Второй абзац.')]]);
  });
  test('several blank or whitespace-only lines are one separator; CRLF works', () => {
    expect(parseText('  a\r\n \t\r\n\n   \nb  ')).toEqual([[plain('a')], [plain('b')]]);
  });
  test('an empty text has no paragraphs', () => {
    expect(parseText(' \n\n ')).toEqual([]);
  });
});

describe('parseInline: emphasis', () => {
  test('bold and italic', () => {
    expect(parseInline('это **важно** и *курсив*')).toEqual([plain('это '), b('важно'), plain(' и '), i('курсив')]);
  });
  test('***both***', () => {
    expect(parseInline('***оба***')).toEqual([bi('оба')]);
  });
  test('nested: **bold *and italic***', () => {
    expect(parseInline('**bold *and italic***')).toEqual([b('bold '), bi('and italic')]);
  });
  test('nested: *italic **and bold** again*', () => {
    expect(parseInline('*italic **and bold** again*')).toEqual([i('italic '), bi('and bold'), i(' again')]);
  });
  test('a lone or unmatched star is printed as is', () => {
    expect(parseInline('5 * 3 = 15')).toEqual([plain('5 * 3 = 15')]);
    expect(parseInline('сноска*')).toEqual([plain('сноска*')]);
    expect(parseInline('*')).toEqual([plain('*')]);
    expect(parseInline('**незакрытое')).toEqual([plain('**незакрытое')]);
    expect(parseInline('a ** b')).toEqual([plain('a ** b')]);
  });
  test('a star followed by a space opens nothing', () => {
    expect(parseInline('* не курсив*')).toEqual([plain('* не курсив*')]);
  });
  test('a leftover star stays next to the emphasis', () => {
    expect(parseInline('**a*')).toEqual([plain('*'), i('a')]);
  });
  test('everything else is literal', () => {
    expect(parseInline('<b>&amp; {{title}} # - x')).toEqual([plain('<b>&amp; {{title}} # - x')]);
    expect(parseText('# не заголовок\n- не список')).toEqual([[plain('# не заголовок - не список')]]);
  });
  test('emphasis does not cross paragraphs', () => {
    expect(parseText('*a\n\nb*')).toEqual([[plain('*a')], [plain('b*')]]);
  });
  test('emphasis across a single line break', () => {
    expect(parseText('**два\nслова**')).toEqual([[b('два слова')]]);
  });
});
