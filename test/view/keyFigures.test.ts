import { describe, expect, test } from 'vitest';
import { pickKeyFigures } from '../../src/view/keyFigures.js';
import type { FigureView } from '../../src/view/types.js';

function fig(label: string, depth = 0): FigureView {
  return {
    label,
    display: label,
    qualifier: null,
    value: label,
    unit: null,
    number: 1,
    id: null,
    of: depth > 0 ? 'x' : null,
    depth,
    share: null,
    sharePercent: null,
    change: null,
    changeValue: null,
    changeDirection: null,
    previous: null,
    note: null,
    noteMark: null,
  };
}
const labels = (fs: FigureView[]) => fs.map((f) => f.label);

describe('pickKeyFigures', () => {
  test('the first item of each group first, then the others in data order, at most 4', () => {
    const groups = [[fig('a1'), fig('a2'), fig('a3')], [fig('b1'), fig('b2')], [fig('c1')]];
    expect(labels(pickKeyFigures(groups, []))).toEqual(['a1', 'b1', 'c1', 'a2']);
  });
  test('only top-level items; a group starting with a part uses its first top-level item', () => {
    const groups = [
      [fig('a1'), fig('a-part', 1), fig('a2')],
      [fig('b-part', 1), fig('b1')],
    ];
    expect(labels(pickKeyFigures(groups, []))).toEqual(['a1', 'b1', 'a2']);
  });
  test('more than four first items are cut at four', () => {
    const groups = ['a', 'b', 'c', 'd', 'e'].map((g) => [fig(g)]);
    expect(labels(pickKeyFigures(groups, []))).toEqual(['a', 'b', 'c', 'd']);
  });
  test('without statistics, legal items are used', () => {
    expect(labels(pickKeyFigures([], [[fig('l1'), fig('l1-part', 1)], [fig('l2')]]))).toEqual(['l1', 'l2']);
  });
  test('statistics win over legal items', () => {
    expect(labels(pickKeyFigures([[fig('s1')]], [[fig('l1')]]))).toEqual(['s1']);
  });
  test('statistics whose items are all parts still give key figures', () => {
    expect(labels(pickKeyFigures([[fig('p1', 1), fig('p2', 2)]], [[fig('l1')]]))).toEqual(['p1', 'p2']);
  });
  test('empty when there are no figures', () => {
    expect(pickKeyFigures([], [])).toEqual([]);
    expect(pickKeyFigures([], [[]])).toEqual([]);
  });
});
