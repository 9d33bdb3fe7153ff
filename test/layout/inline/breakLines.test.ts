import { describe, expect, it } from 'vitest';
import { collectWords } from '../../../src/layout/inline/collectWords.js';
import { breakLines } from '../../../src/layout/inline/breakLines.js';
import { placeLine } from '../../../src/layout/inline/placeLine.js';
import { wordText } from '../../../src/layout/inline/words.js';
import { fakeContext, fakeMetrics, style } from '../../support/fakeLayout.js';

const s = style({ size: 10 });
const words = (text: string) => collectWords([{ kind: 'text', text, style: s }], fakeContext(), 'test');
const lineTexts = (text: string, width: number, hyphenate = false) =>
  breakLines(words(text), width, fakeContext(), hyphenate).map((l) => l.words.map(wordText).join(' '));

describe('breakLines', () => {
  it('fills lines greedily within the width (5 pt per character)', () => {
    expect(lineTexts('aaa bbb ccc ddd', 40)).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('collapses whitespace and line breaks of the source', () => {
    expect(lineTexts('  aaa \n\n  bbb  ', 200)).toEqual(['aaa bbb']);
  });

  it('hyphenates a long word when hyphenation is on, and not when it is off', () => {
    expect(lineTexts('aaa abcdefghij bb', 50, true)).toEqual(['aaa abcde-', 'fghij bb']);
    expect(lineTexts('aaa abcdefghij bb', 50, false)).toEqual(['aaa', 'abcdefghij', 'bb']);
  });

  it("takes the paragraph's last word down whole rather than leave a piece of it alone, unless it is longer than a line", () => {
    expect(lineTexts('aaa abcdefghij', 50, true)).toEqual(['aaa', 'abcdefghij']);
    expect(lineTexts('abcdefghijklmn', 50, true).join('|')).toMatch(/-\|/);
  });

  it('cuts a word longer than the line between characters, never past the width', () => {
    const long = 'x'.repeat(45);
    const lines = breakLines(words(long), 100, fakeContext(), false);
    expect(lines.map((l) => l.width)).toEqual([100, 100, 25]);
    expect(lines.map((l) => l.words.map(wordText).join('')).join('')).toBe(long);
  });

  it('justifies a full line to the width, but not the last line', () => {
    const lines = breakLines(words('aaa bbb ccc ddd eee'), 38, fakeContext(), false);
    const first = placeLine(lines[0]!, 0, 38, 'justify', 8, 0, fakeMetrics);
    const last = first[first.length - 1]!;
    expect(last.x + last.width).toBeCloseTo(38, 5);
    const end = placeLine(lines[lines.length - 1]!, 0, 38, 'justify', 8, 0, fakeMetrics);
    expect(end[0]!.x).toBe(0);
    expect(end.map((i) => i.text).join('')).toBe(lines[lines.length - 1]!.words.map(wordText).join(' '));
  });

  it('sets a line ragged rather than stretching its spaces past the limit', () => {
    const [line] = breakLines(words('aaa bbb ccc'), 48, fakeContext(), false);
    const items = placeLine(line!, 0, 48, 'justify', 8, 0, fakeMetrics);
    expect(items.map((i) => i.text)).toEqual(['aaa bbb']);
  });

  it('draws a left-aligned line as one text item, spaces included', () => {
    const [line] = breakLines(words('one two three'), 500, fakeContext(), false);
    expect(placeLine(line!, 10, 500, 'left', 8, 0, fakeMetrics).map((i) => i.text)).toEqual(['one two three']);
  });
});

describe('breakLines, words that cannot share a line', () => {
  it('divides at a no-break space before cutting a word, but never inside digit groups', () => {
    // «1 263 facts» held together by U+00A0: 5 pt a character, 40 pt lines.
    expect(lineTexts('1\u00A0263\u00A0facts', 40)).toEqual(['1\u00A0263\u00A0', 'facts']);
  });
});

describe('placeLine, raised runs', () => {
  it('draws a run with rise above the baseline, as its own item', () => {
    const mark = { ...s, size: 6, rise: 3 };
    const ws = collectWords(
      [
        { kind: 'text', text: 'word', style: s },
        { kind: 'text', text: '1', style: mark },
      ],
      fakeContext(),
      'test',
    );
    const [line] = breakLines(ws, 500, fakeContext(), false);
    const items = placeLine(line!, 0, 500, 'left', 10, 0, fakeMetrics);
    expect(items.map((i) => [i.text, i.y])).toEqual([
      ['word', 10],
      ['1', 7],
    ]);
  });
});
