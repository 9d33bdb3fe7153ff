import { describe, expect, it } from 'vitest';
import { measureStack } from '../../src/layout/measureStack.js';
import { Paginator } from '../../src/layout/paginate/paginate.js';
import { group, leaf, space, type Fragment } from '../../src/layout/fragments.js';
import type { DrawItem, TextItem } from '../../src/layout/types.js';

const text = (label: string): TextItem => ({
  kind: 'text',
  x: 0,
  y: 8,
  fontId: 'f',
  size: 10,
  color: '#000000',
  text: label,
  wordSpacing: 0,
  width: 10,
  glyphs: [],
  struct: 0,
});
const box =
  (label: string) =>
  (top: number, bottom: number): DrawItem[] => [
    { kind: 'rect', x: 0, y: top, width: 10, height: bottom - top, fill: label, stroke: null, lineWidth: 0, struct: 'artifact' },
  ];

/** What the paginator gives on one endless page: the reference measureStack must match. */
function onEndlessPage(fragments: readonly Fragment[]): DrawItem[] {
  return new Paginator({ top: 0, bottom: Number.POSITIVE_INFINITY }).place(fragments).finish()[0] ?? [];
}

/** A tree of nested decorated groups, leaves, spaces and paragraph-like groups, from a seed. */
function tree(seed: number, depth = 0): Fragment[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: Fragment[] = [];
  const n = 1 + Math.floor(next() * 4);
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.25) out.push(space(Math.round(next() * 8)));
    else if (r < 0.55 || depth > 2) out.push(leaf(5 + Math.round(next() * 10), [text(`t${seed}-${i}`)]));
    else if (r < 0.7) out.push(group([leaf(10, [text('a')]), leaf(10, [text('b')])], { orphans: 2, widows: 2, padTop: 2 }));
    else {
      const decorate = next() < 0.7 ? box(`#${seed}${i}`) : null;
      out.push(
        group(tree(seed * 7 + i, depth + 1), { padTop: Math.round(next() * 4), padBottom: Math.round(next() * 4), decorate, keepTogether: next() < 0.5 }),
      );
    }
  }
  return out;
}

describe('measureStack', () => {
  it('stacks leaves and drops the spaces before the first one', () => {
    const laid = measureStack([space(7), leaf(10, [text('a')]), space(4), leaf(10, [text('b')])]);
    expect(laid.height).toBe(24);
    expect(laid.items.map((i) => i.kind === 'text' && i.y)).toEqual([8, 22]);
  });

  it('draws a group box behind its content at the group’s full height', () => {
    const laid = measureStack([leaf(5, [text('a')]), group([leaf(10, [text('b')])], { padTop: 2, padBottom: 3, decorate: box('#fff') })]);
    expect(laid.items.map((i) => i.kind)).toEqual(['text', 'rect', 'text']);
    expect(laid.items[1]).toMatchObject({ y: 5, height: 15 });
    expect(laid.height).toBe(20);
  });

  it('gives the items the paginator gives on one endless page', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const fragments = tree(seed);
      expect(measureStack(fragments).items).toEqual(onEndlessPage(fragments));
    }
  });
});
