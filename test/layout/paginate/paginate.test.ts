import { describe, expect, it } from 'vitest';
import { Paginator } from '../../../src/layout/paginate/paginate.js';
import { group, leaf, space, type Leaf } from '../../../src/layout/fragments.js';
import type { TextItem } from '../../../src/layout/types.js';

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
const line = (label: string, h = 10): Leaf => leaf(h, [text(label)]);
const lines = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => line(`${prefix}${i + 1}`));
const labels = (page: { kind: string }[]) => page.filter((i): i is TextItem => i.kind === 'text').map((i) => i.text);

describe('Paginator', () => {
  it('never places a leaf across the bottom of the area', () => {
    const pages = new Paginator({ top: 0, bottom: 35 }).place(lines('l', 7)).finish();
    expect(pages.map(labels)).toEqual([['l1', 'l2', 'l3'], ['l4', 'l5', 'l6'], ['l7']]);
    for (const p of pages) for (const it of p) if (it.kind === 'text') expect(it.y).toBeLessThanOrEqual(35);
  });

  it('drops space at the top of a page', () => {
    const pages = new Paginator({ top: 0, bottom: 20 }).place([line('a'), line('b'), space(5), line('c')]).finish();
    expect(pages[1]![0]).toMatchObject({ text: 'c', y: 8 });
  });

  it('keeps a heading with the start of what follows', () => {
    const heading = group([line('H')], { keepWithNext: true, keepTogether: true });
    const body = group(lines('p', 3), { orphans: 2, widows: 2 });
    const pages = new Paginator({ top: 0, bottom: 40 }).place([line('a'), line('b'), heading, body]).finish();
    expect(labels(pages[0]!)).toEqual(['a', 'b']);
    expect(labels(pages[1]!)).toEqual(['H', 'p1', 'p2', 'p3']);
  });

  it('keeps at least two lines of a paragraph at the foot and at the head of a page', () => {
    // Room for 3 lines after `a`; a 4-line paragraph must split 2 + 2, not 3 + 1.
    const pages = new Paginator({ top: 0, bottom: 40 }).place([line('a'), group(lines('p', 4), { orphans: 2, widows: 2 })]).finish();
    expect(labels(pages[0]!)).toEqual(['a', 'p1', 'p2']);
    expect(labels(pages[1]!)).toEqual(['p3', 'p4']);
  });

  it('moves a paragraph whose first two lines do not fit', () => {
    const pages = new Paginator({ top: 0, bottom: 40 }).place([...lines('a', 3), group(lines('p', 4), { orphans: 2, widows: 2 })]).finish();
    expect(labels(pages[0]!)).toEqual(['a1', 'a2', 'a3']);
    expect(labels(pages[1]!)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('repeats a table header on continuation pages and draws boxes per page', () => {
    const boxes: [number, number][] = [];
    const table = group([group([line('TH')], { keepWithNext: true, keepTogether: true }), ...lines('r', 5)], {
      repeat: [line('TH*')],
      decorate: (top, bottom) => {
        boxes.push([top, bottom]);
        return [];
      },
    });
    const pages = new Paginator({ top: 0, bottom: 40 }).place([table]).finish();
    expect(labels(pages[0]!)).toEqual(['TH', 'r1', 'r2', 'r3']);
    expect(labels(pages[1]!)).toEqual(['TH*', 'r4', 'r5']);
    expect(boxes).toEqual([
      [0, 40],
      [0, 30],
    ]);
  });

  it('moves a keep-together group that fits on an empty page', () => {
    const box = group(lines('b', 3), { keepTogether: true });
    const pages = new Paginator({ top: 0, bottom: 40 }).place([...lines('a', 2), box]).finish();
    expect(labels(pages[1]!)).toEqual(['b1', 'b2', 'b3']);
  });

  it('places a leaf taller than a page rather than looping', () => {
    const pages = new Paginator({ top: 0, bottom: 20 }).place([line('a'), line('tall', 50), line('b')]).finish();
    expect(pages.flatMap(labels)).toEqual(['a', 'tall', 'b']);
    expect(labels(pages[1]!)).toEqual(['tall']);
  });
});

describe('Paginator, chains kept with the next fragment', () => {
  it('moves a heading and a kept line together with the start of a table', () => {
    const heading = group([line('H')], { keepWithNext: true, keepTogether: true });
    const period = group([line('period')], { keepWithNext: true });
    const table = group([line('r1'), line('r2')]);
    const pages = new Paginator({ top: 0, bottom: 40 }).place([line('a'), line('b'), heading, period, table]).finish();
    expect(labels(pages[0]!)).toEqual(['a', 'b']);
    expect(labels(pages[1]!)).toEqual(['H', 'period', 'r1', 'r2']);
  });
});

describe('Paginator, a table that starts on the next page', () => {
  it('moves a heading with the table header and first row, and does not repeat the header on the table’s first page', () => {
    const heading = group([line('H')], { keepWithNext: true, keepTogether: true });
    const table = group([group([line('TH')], { keepWithNext: true, keepTogether: true }), ...lines('r', 2)], { repeat: [line('TH*')] });
    const pages = new Paginator({ top: 0, bottom: 40 }).place([line('a'), line('b'), heading, table]).finish();
    expect(labels(pages[0]!)).toEqual(['a', 'b']);
    expect(labels(pages[1]!)).toEqual(['H', 'TH', 'r1', 'r2']);
  });
});

describe('Paginator, a leaf taller than a page', () => {
  it('is cut between its lines, its box with it, and nothing runs off a page', () => {
    const items = [
      { kind: 'rect' as const, x: 0, y: 0, width: 100, height: 100, fill: null, stroke: '#000000', lineWidth: 1, struct: 'artifact' as const },
      ...Array.from({ length: 10 }, (_, i) => ({ ...text(`t${i}`), y: i * 10 + 8 })),
    ];
    const pages = new Paginator({ top: 0, bottom: 35 }).place([leaf(100, items)]).finish();
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.flatMap(labels)).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`));
    for (const p of pages) {
      for (const it of p) {
        if (it.kind === 'text') expect(it.y).toBeLessThanOrEqual(35);
        if (it.kind === 'rect') expect(it.y + it.height).toBeLessThanOrEqual(35 + 1e-6);
      }
    }
  });
});
