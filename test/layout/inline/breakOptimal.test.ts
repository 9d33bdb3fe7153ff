import { describe, expect, it } from 'vitest';
import { collectWords } from '../../../src/layout/inline/collectWords.js';
import { breakOptimal, breakOptimalEven } from '../../../src/layout/inline/breakOptimal.js';
import { breakLines } from '../../../src/layout/inline/breakLines.js';
import { wordText } from '../../../src/layout/inline/words.js';
import { fakeContext, style } from '../../support/fakeLayout.js';

const s = style({ size: 10 });
const ctx = fakeContext();
const words = (text: string) => collectWords([{ kind: 'text', text, style: s }], ctx, 'test');
const texts = (lines: { words: { pieces: { text: string }[] }[] }[]) => lines.map((l) => l.words.map((w) => wordText(w as never)).join(' '));

/** Sum over non-final lines of the squared free space: lower is more even. */
const unevenness = (lines: { width: number; ends: boolean }[], width: number) =>
  lines.filter((l) => !l.ends).reduce((sum, l) => sum + (width - l.width) ** 2, 0);

describe('breakOptimal', () => {
  const text = 'aaa bb cccccc dd eee ffff gg hhhhhh iii jj kkk llllll mm nnn oo pppp';

  it('keeps every word, in order', () => {
    const lines = breakOptimal(words(text), 60, ctx, false)!;
    expect(
      texts(lines)
        .join(' ')
        .replace(/\u00A0/g, ' '),
    ).toBe(text);
  });

  it('never sets a line wider than the width allows with shrunk spaces', () => {
    for (const l of breakOptimal(words(text), 60, ctx, false)!) expect(l.width).toBeLessThanOrEqual(60 + 0.2 * 5 * l.words.length);
  });

  it('spreads the free space more evenly than first-fit breaking', () => {
    const w = words(text);
    const optimal = breakOptimal(w, 60, ctx, false)!;
    const greedy = breakLines(w, 60, ctx, false);
    expect(unevenness(optimal, 60)).toBeLessThanOrEqual(unevenness(greedy, 60));
  });

  it('uses a hyphenation point when it avoids a loose line, and marks it with a hyphen', () => {
    const lines = breakOptimal(words('aaa bbb abcdefgh ccc'), 70, ctx, true)!;
    expect(texts(lines)[0]).toMatch(/-$/);
  });

  it('gives up (null) when a word cannot fit a line at all', () => {
    expect(breakOptimal(words('x'.repeat(40)), 60, ctx, false)).toBeNull();
  });
});

describe('breakOptimal, the last word', () => {
  it('does not divide the last word of a paragraph when the lines justify with it whole', () => {
    // «aaa bbb ccc» stretches its two spaces by 1.5: within the tolerance.
    const lines = breakOptimalEven(words('aaa bbb ccc abcdefgh'), 70, ctx, true)!;
    expect(texts(lines.lines)).toEqual(['aaa bbb ccc', 'abcdefgh']);
    expect(lines.even).toBe(true);
  });

  it('divides it rather than set the paragraph ragged, when only that justifies', () => {
    // Whole, «aaa bbb» would stretch its one space sevenfold; «aaa bbb abcd-» fills the line.
    const lines = breakOptimalEven(words('aaa bbb abcdefgh'), 70, ctx, true)!;
    expect(texts(lines.lines)).toEqual(['aaa bbb abcd-', 'efgh']);
    expect(lines.even).toBe(true);
    // Without hyphenation there is no even breaking: the caller sets it ragged.
    expect(breakOptimalEven(words('aaa bbb abcdefgh'), 70, ctx, false)!.even).toBe(false);
  });
});

describe('breakOptimal: the last line', () => {
  // Three-letter words (shorter ones typography binds to the next), 5 pt a letter or space: ten fill a 200 pt line but for 5 pt.
  const triples = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat(3)).join(' ');

  it('takes a word down rather than leave the last word alone under other lines, when the lines above stay even', () => {
    const lines = breakOptimal(words(triples(21)), 200, ctx, false)!;
    const counts = lines.map((l) => l.words.length);
    expect(counts.reduce((a, b) => a + b)).toBe(21);
    expect(counts).toHaveLength(3);
    expect(counts[2]).toBeGreaterThanOrEqual(2);
  });

  it('leaves it alone when the only other way is a loose line, and a one-word paragraph as it is', () => {
    // «aaaa bbbb cccc» / «dddd eeee» would stretch three spaces to fill 30 pt: the lone word is the lesser evil.
    expect(texts(breakOptimal(words('aaaa bbbb cccc dddd eeee'), 100, ctx, false)!)).toEqual(['aaaa bbbb cccc dddd', 'eeee']);
    expect(texts(breakOptimal(words('слово'), 100, ctx, false)!)).toEqual(['слово']);
  });
});
