import { describe, expect, it } from 'vitest';
import { collectWords } from '../../src/layout/inline/collectWords.js';
import { breakLines } from '../../src/layout/inline/breakLines.js';
import { breakOptimalEven } from '../../src/layout/inline/breakOptimal.js';
import { cutWord } from '../../src/layout/inline/splitWord.js';
import { unbreakableWidth } from '../../src/layout/inline/minContent.js';
import { fitColumns } from '../../src/layout/blocks/columnWidths.js';
import { columnsPerLine } from '../../src/layout/blocks/row.js';
import { wordText } from '../../src/layout/inline/words.js';
import type { StyledRow } from '../../src/style/types.js';
import { fakeContext, para, style } from '../support/fakeLayout.js';

const NB = '\u00A0';
const s = style({ size: 10 });
const ctx = fakeContext();
const words = (text: string) => collectWords([{ kind: 'text', text, style: s }], ctx, 'test');
const lineTexts = (lines: { words: Parameters<typeof wordText>[0][] }[]) => lines.map((l) => l.words.map(wordText).join(' '));

describe('a figure is never cut', () => {
  it('cutWord does not divide a number between its digits or groups', () => {
    const [w] = words(`1${NB}234${NB}567${NB}890`);
    const chunks = cutWord(w!, 20, 20, ctx);
    expect(chunks.map(wordText)).toEqual([`1${NB}234${NB}567${NB}890`]);
  });

  it('a figure with its unit counts as one unbreakable piece', () => {
    const [w] = words(`612${NB}418`);
    expect(unbreakableWidth(w!, ctx)).toBe(7 * 5);
  });

  it('greedy breaking leaves «1,263,418» whole on a line too narrow for it', () => {
    const lines = breakLines(words('1,263,418 violations'), 30, ctx, false);
    expect(lineTexts(lines)[0]).toBe('1,263,418');
  });
});

describe('a word wider than its box', () => {
  it('is hyphenated, even where the style does not hyphenate', () => {
    const lines = breakLines(words('налогоплательщиков'), 50, ctx, false);
    expect(lineTexts(lines)).toEqual(['налогопла-', 'тельщиков']); // the fake hyphenator divides in the middle
  });

  it('is not hyphenated when it is a name (capitalised)', () => {
    const w = words('Кибаткызыкова')[0]!;
    expect(unbreakableWidth(w, ctx)).toBe(13 * 5);
  });
});

describe('justified lines', () => {
  it('never leaves a lone word or an over-stretched line inside a paragraph when it says the breaking is even', () => {
    const text = 'aaaa bbbbbb cccc dddddddddddd eeee ffff gggg hhhhhhh iiii jjjj kkkkk llll mmmm nnnnnnn oooo pppp qqqqqq rrrr';
    let even = 0;
    for (let width = 61; width <= 160; width += 3) {
      const result = breakOptimalEven(words(text), width, ctx, false)!;
      if (!result.even) continue;
      even++;
      for (const l of result.lines.slice(0, -1)) {
        const gaps = l.words.length - 1;
        if (gaps === 0) expect(width - l.width).toBeLessThan(0.5);
        else expect((width - l.width) / (gaps * 5)).toBeLessThanOrEqual(l.maxStretch ?? 1.6);
      }
    }
    expect(even).toBeGreaterThan(10);
  });

  it('says when nothing justifies evenly (the paragraph is then set ragged)', () => {
    const result = breakOptimalEven(words('aaaa bbbbbbbbbb cccc dddddddddd'), 58, ctx, false)!;
    expect(result.even).toBe(false);
  });
});

describe('content-driven widths', () => {
  it('a column narrower than its content takes width from the ones with room, total unchanged', () => {
    const out = fitColumns([200, 80, 80], [100, 120, 60]);
    expect(out[1]).toBeCloseTo(120);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(360);
    expect(out[0]).toBeGreaterThanOrEqual(100);
  });

  it('changes nothing when every column has what it wants', () => {
    expect(fitColumns([100, 100], [50, 60])).toEqual([100, 100]);
  });
});

describe('a row of cards', () => {
  const card = (text: string): StyledRow['columns'][number] => ({
    width: { share: 1 },
    content: { kind: 'container', role: 'Div', style: style(), children: [para(text, { size: 26 })] } as never,
  });
  it('keeps four cards when their figures fit', () => {
    expect(columnsPerLine([card('698'), card('46'), card('1 263'), card('3')], 480, 10, ctx)).toBe(4);
  });
  it('reflows to two and two when a figure would not fit even set smaller', () => {
    const cols = [card(`1${NB}234${NB}567${NB}890`), card('46'), card('3'), card('5')];
    expect(columnsPerLine(cols, 480, 10, ctx)).toBe(2);
  });
});

import { wrapText } from '../../src/layout/chart/wrapText.js';

describe('chart labels', () => {
  const measure = (t: string) => [...t].length * 5;
  const middle = (w: string) => (w.length >= 8 ? [Math.floor(w.length / 2)] : []);
  it('hyphenate a word wider than the label column instead of cutting it', () => {
    expect(wrapText('налогоплательщиков', 60, measure, middle)).toEqual(['налогопла-', 'тельщиков']);
  });
  it('never divide a number or a name', () => {
    expect(wrapText(`1${NB}234${NB}567`, 20, measure, middle)).toEqual([`1${NB}234${NB}567`]);
    expect(wrapText('Кибаткызыкова', 40, measure, middle).some((l) => l.endsWith('-'))).toBe(false);
  });
});
