import { describe, expect, it } from 'vitest';
import { clipItem, isCuttable, itemAnchor, itemExtent, shiftItem } from '../../../src/layout/paginate/itemGeometry.js';
import type { DrawItem } from '../../../src/layout/types.js';

const items: DrawItem[] = [
  { kind: 'text', x: 0, y: 20, fontId: 'f', size: 10, color: '#000000', text: 'a', wordSpacing: 0, width: 5, glyphs: [], struct: 0 },
  { kind: 'image', x: 0, y: 10, width: 20, height: 30, src: 'i.png', struct: 'artifact' },
  { kind: 'rect', x: 0, y: 10, width: 20, height: 30, fill: '#ffffff', stroke: null, lineWidth: 0, struct: 'artifact' },
  { kind: 'line', x1: 0, y1: 40, x2: 0, y2: 10, color: '#000000', width: 1, struct: 'artifact' },
];

describe('item geometry', () => {
  it('cuts boxes and rules only', () => {
    expect(items.map(isCuttable)).toEqual([false, false, true, true]);
    expect(items.map((it) => clipItem(it, 15, 25, 5) !== null)).toEqual([false, false, true, true]);
  });

  it('anchors text at its baseline, images and boxes at their top, a rule at its lower end', () => {
    expect(items.map(itemAnchor)).toEqual([20, 10, 10, 40]);
  });

  it('moves every kind down, its extent with it', () => {
    for (const it of items) {
      const [a, b] = itemExtent(it);
      expect(itemExtent(shiftItem(it, 7))).toEqual([a + 7, b + 7]);
    }
  });

  it('clips a vertical rule to the part asked, its direction kept', () => {
    expect(clipItem(items[3]!, 15, 25, 5)).toMatchObject({ y1: 20, y2: 10 });
  });
});
