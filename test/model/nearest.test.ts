import { describe, expect, it } from 'vitest';
import { editDistance, MAX_SUGGESTED_LENGTH, nearest, someNames } from '../../src/model/nearest.js';
import { findPosition, formatPath, lineIndex, parentPath } from '../../src/model/positionMap.js';

describe('nearest', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('qualifer', 'qualifier')).toBe(1);
  });

  it('never measures a candidate too long or too short to be within the tolerance, nor a word past the length limit', () => {
    // 20,000-letter words: measuring one against another would fill a 400-million-cell table.
    const long = 'я'.repeat(20_000);
    expect(nearest(long, [long + 'а', 'date'])).toBeUndefined();
    expect(nearest('a'.repeat(MAX_SUGGESTED_LENGTH), ['a'.repeat(MAX_SUGGESTED_LENGTH - 1)])).toBe('a'.repeat(MAX_SUGGESTED_LENGTH - 1));
    expect(nearest('a'.repeat(MAX_SUGGESTED_LENGTH + 1), ['a'.repeat(MAX_SUGGESTED_LENGTH)])).toBeUndefined();
    // The same answers as measuring every candidate.
    expect(nearest('statistic', ['s', 'statistics', 'statisticsandmore'])).toBe('statistics');
  });

  it('lists at most twenty names, then how many more', () => {
    expect(someNames(['a', 'b'])).toBe('a, b');
    const many = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    expect(someNames(many)).toBe(`${many.slice(0, 20).join(', ')} и ещё 2\u00a0980`);
  });

  it('offers only close candidates, ignoring case', () => {
    const keys = ['title', 'subtitle', 'date', 'time', 'speakers', 'statistics'];
    expect(nearest('titel', keys)).toBe('title');
    expect(nearest('Date', keys)).toBe('date');
    expect(nearest('speaker', keys)).toBe('speakers');
    expect(nearest('statistic', keys)).toBe('statistics');
    expect(nearest('заголовок', keys)).toBeUndefined();
    expect(nearest('xy', keys)).toBeUndefined();
  });
});

describe('paths and positions', () => {
  it('formats and walks up data paths', () => {
    expect(formatPath(['statistics', 1, 'items', 2, 'value'])).toBe('statistics[1].items[2].value');
    expect(parentPath('statistics[1].items[2].value')).toBe('statistics[1].items[2]');
    expect(parentPath('statistics[1].items[2]')).toBe('statistics[1].items');
    expect(parentPath('statistics[1]')).toBe('statistics');
    expect(parentPath('statistics')).toBe('');
    expect(parentPath('')).toBeUndefined();
  });

  it('finds the nearest recorded position', () => {
    const map = new Map([
      ['', { line: 1, column: 1 }],
      ['speakers[0]', { line: 5, column: 5 }],
    ]);
    expect(findPosition(map, 'speakers[0].name')).toEqual({ line: 5, column: 5 });
    expect(findPosition(map, 'title')).toEqual({ line: 1, column: 1 });
  });

  it('turns offsets into 1-based line and column', () => {
    const at = lineIndex('ab\ncd\n\nx');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 });
    expect(at(7)).toEqual({ line: 4, column: 1 });
  });
});
