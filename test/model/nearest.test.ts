import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/model/nearest.js';
import { findPosition, formatPath, lineIndex, parentPath } from '../../src/model/positionMap.js';

describe('nearest', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('qualifer', 'qualifier')).toBe(1);
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
