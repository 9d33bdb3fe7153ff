import { describe, expect, it } from 'vitest';
import { typographRuns, typographText, type StyledRun } from '../../../src/layout/typography/typograph.js';
import { mapBoundaries } from '../../../src/layout/typography/mapBoundaries.js';

const plain = (text: string): StyledRun => ({ text, bold: false, italic: false });
const bold = (text: string): StyledRun => ({ text, bold: true, italic: false });
const italic = (text: string): StyledRun => ({ text, bold: false, italic: true });
const texts = (runs: StyledRun[]): string[] => runs.map((run) => run.text.replaceAll('\u00A0', '~'));

describe('typographRuns', () => {
  it('pairs quotes across runs and keeps each quote in its own run', () => {
    const out = typographRuns([plain('Операция '), bold('"Мак'), plain('" завершена')], 'ru');
    expect(texts(out)).toEqual(['Операция ', '«Мак', '» завершена']);
  });

  it('binds a short word to the next run and keeps the space in the run that had it', () => {
    expect(texts(typographRuns([plain('работа в '), bold('городе')], 'ru'))).toEqual(['работа в~', 'городе']);
    expect(texts(typographRuns([plain('работа в'), bold(' городе')], 'ru'))).toEqual(['работа в', '~городе']);
  });

  it('turns a hyphen that starts a run into a dash with a non-breaking space before it', () => {
    const out = typographRuns([italic('Наркотики '), plain('- зло')], 'ru');
    expect(texts(out)).toEqual(['Наркотики~', '— зло']);
  });

  it('keeps count, order, styles and extra fields of the runs', () => {
    const runs = [
      { text: '"Мы ', bold: false, italic: true, link: 'a' },
      { text: '', bold: true, italic: false, link: 'b' },
      { text: 'в "Маке"', bold: true, italic: true, link: 'c' },
      { text: '"', bold: false, italic: false, link: 'd' },
    ];
    const out = typographRuns(runs, 'ru');
    expect(out.map(({ bold, italic, link }) => ({ bold, italic, link }))).toEqual(runs.map(({ bold, italic, link }) => ({ bold, italic, link })));
    expect(out.map((run) => run.text).join('')).toBe(typographText(runs.map((run) => run.text).join(''), 'ru'));
    expect(texts(out)).toEqual(['«Мы~', '', 'в~„Маке“', '»']);
    expect(runs[0]?.text).toBe('"Мы ');
  });

  it('returns an empty list for no runs', () => {
    expect(typographRuns([], 'ru')).toEqual([]);
  });
});

describe('mapBoundaries', () => {
  it('follows a double hyphen that became one dash', () => {
    const input = 'а -- б';
    const output = 'а\u00A0— б';
    expect(mapBoundaries(input, output, [2, 3, 4])).toEqual([2, 2, 3]);
  });

  it('follows collapsed spaces', () => {
    expect(mapBoundaries('а   б', 'а б', [1, 2, 4])).toEqual([1, 1, 2]);
  });

  it('refuses texts with different stable characters', () => {
    expect(() => mapBoundaries('аб', 'ав', [1])).toThrow();
  });
});
