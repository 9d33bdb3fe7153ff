import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../../../src/layout/chart/chartGeometry.js';
import { createShaper } from '../../../src/layout/chart/createShaper.js';
import type { ChartGeometry, ChartSpec } from '../../../src/layout/chart/types.js';
import type { DrawItem, RectItem, TextItem } from '../../../src/layout/types.js';
import type { StyledChartBar } from '../../../src/style/types.js';
import { fakeMetrics, style } from '../../support/fakeLayout.js';

const shaper = createShaper(fakeMetrics); // every character half an em wide, ascent 0.8, descent 0.2
const BOX = { x: 40, width: 500 };
const labelStyle = style({ size: 10, lineHeight: 1.2, color: '#111111' });
const barStyle = style({ size: 10, bold: true, background: '#222222', border: 0.75, borderColor: '#000000', color: '#111111' });
const previousStyle = style({ size: 10, background: '#FFFFFF', border: 1, borderColor: '#000000' });
const tickStyle = style({ size: 8, border: 0.5, borderColor: '#666666' });

function bar(value: number, label: string, over: Partial<StyledChartBar> = {}): StyledChartBar {
  return { value, label, display: `${value} u`, depth: 0, parent: null, previous: null, previousDisplay: null, style: barStyle, previousStyle, ...over };
}

function spec(bars: StyledChartBar[], ticks: number[] = []): ChartSpec {
  return { style: labelStyle, tickStyle, bars, ticks: ticks.map((t) => ({ value: t, label: String(t) })) };
}

const isText = (i: DrawItem): i is TextItem => i.kind === 'text';
const isRect = (i: DrawItem): i is RectItem => i.kind === 'rect';
/** The dark bars: filled with the bar colour. */
const bars = (items: DrawItem[]) => items.filter(isRect).filter((r) => r.fill === barStyle.background);

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const textBox = (t: TextItem): Box => ({ x0: t.x, x1: t.x + t.width, y0: t.y - 0.8 * t.size, y1: t.y + 0.2 * t.size });
const rectBox = (r: RectItem): Box => ({ x0: r.x, x1: r.x + r.width, y0: r.y, y1: r.y + r.height });
const overlap = (a: Box, b: Box) => a.x0 < b.x1 - 1e-6 && b.x0 < a.x1 - 1e-6 && a.y0 < b.y1 - 1e-6 && b.y0 < a.y1 - 1e-6;
const inside = (a: Box, b: Box) => a.x0 >= b.x0 - 1e-6 && a.x1 <= b.x1 + 1e-6 && a.y0 >= b.y0 - 1e-6 && a.y1 <= b.y1 + 1e-6;

/** Every part's items in one coordinate system: parts stacked from y = 0. */
function flatten(g: ChartGeometry): { items: DrawItem[]; height: number } {
  const items: DrawItem[] = [];
  let y = 0;
  for (const part of [...(g.header ? [g.header] : []), ...g.rows]) {
    for (const it of part.items) {
      if (it.kind === 'line') items.push({ ...it, y1: it.y1 + y, y2: it.y2 + y });
      else items.push({ ...it, y: it.y + y });
      // each part keeps its items within its own band
      const top = it.kind === 'line' ? Math.min(it.y1, it.y2) : it.kind === 'text' ? it.y - 0.8 * it.size : it.y;
      const bottom = it.kind === 'line' ? Math.max(it.y1, it.y2) : it.kind === 'text' ? it.y + 0.2 * it.size : it.y + it.height;
      expect(top).toBeGreaterThanOrEqual(-1e-6);
      expect(bottom).toBeLessThanOrEqual(part.height + 1e-6);
    }
    y += part.height;
  }
  return { items, height: y };
}

/** The chart's invariants: within the box; labels touch neither each other nor a bar (unless wholly inside it). */
function checkLegible(g: ChartGeometry, box = BOX): DrawItem[] {
  const { items } = flatten(g);
  const right = box.x + box.width;
  for (const it of items) {
    const [x0, x1] = it.kind === 'line' ? [Math.min(it.x1, it.x2), Math.max(it.x1, it.x2)] : [it.x, it.x + it.width];
    expect(x0).toBeGreaterThanOrEqual(box.x - 1e-6);
    expect(x1).toBeLessThanOrEqual(right + 1e-6);
  }
  const texts = items.filter(isText);
  const rects = items.filter(isRect);
  texts.forEach((a, i) => {
    texts.slice(i + 1).forEach((b) => expect(overlap(textBox(a), textBox(b)), `«${a.text}» and «${b.text}»`).toBe(false));
    for (const r of rects) {
      const clash = overlap(textBox(a), rectBox(r)) && !inside(textBox(a), rectBox(r));
      expect(clash, `«${a.text}» and a bar at ${r.x},${r.y}`).toBe(false);
    }
  });
  return items;
}

describe('chartGeometry: bars', () => {
  const g = chartGeometry(
    spec([bar(698, 'Зарегистрировано'), bar(207, 'Уголовные'), bar(5, 'Изъято')], [0, 100, 200, 300, 400, 500, 600, 700]),
    BOX,
    shaper,
    1,
  );

  it('draws bar lengths proportional to the values, all from one zero line', () => {
    const rects = bars(g.rows.flatMap((r) => r.items));
    expect(rects).toHaveLength(3);
    const k = rects[0]!.width / 698;
    expect(rects[1]!.width).toBeCloseTo(207 * k, 6);
    expect(rects[2]!.width).toBeCloseTo(5 * k, 6);
    expect(new Set(rects.map((r) => r.x)).size).toBe(1);
  });

  it('puts ticks at their values on the same scale, labelled with round numbers', () => {
    const rects = bars(g.rows.flatMap((r) => r.items));
    const k = rects[0]!.width / 698;
    const zero = rects[0]!.x;
    const labels = g.header!.items.filter(isText);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    const marks = g.header!.items.filter((i) => i.kind === 'line' && i.x1 === i.x2);
    for (const m of marks) {
      if (m.kind !== 'line') continue;
      const value = (m.x1 - zero) / k;
      expect(value % 100).toBeCloseTo(0, 6);
    }
    expect(labels.map((t) => Number(t.text)).every((n) => n % 100 === 0)).toBe(true);
  });

  it('keeps everything inside the box, no label on another or on a bar', () => {
    checkLegible(g);
  });

  it('puts a value label inside its bar when it fits, else right of it', () => {
    const items = g.rows.flatMap((r) => r.items);
    const [long, , short] = bars(items);
    const label698 = items.filter(isText).find((t) => t.text === '698 u')!;
    expect(inside(textBox(label698), rectBox(long!))).toBe(true);
    expect(label698.color).toBe('#FFFFFF'); // readable on the dark fill
    const label5 = g.rows[2]!.items.filter(isText).find((t) => t.text === '5 u')!;
    expect(label5.x).toBeGreaterThan(short!.x + short!.width);
    expect(label5.color).toBe(barStyle.color);
  });
});

describe('chartGeometry: labels', () => {
  it('wraps a long label over lines in its column, shortening nothing', () => {
    const label = 'Зарегистрировано фактов, связанных с синтетическими наркотиками, с начала года';
    const g = chartGeometry(spec([bar(10, label), bar(5, 'Б')], [0, 5, 10]), BOX, shaper, 1);
    const texts = g.rows[0]!.items.filter(isText).filter((t) => t.color === labelStyle.color && t.text !== '10 u');
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(texts.map((t) => t.text).join(' ')).toBe(label);
    checkLegible(g);
  });

  it('stays legible for many random charts, wide and narrow', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 60; n++) {
      const count = 1 + Math.floor(rnd() * 8);
      const width = 120 + rnd() * 600;
      const list = Array.from({ length: count }, (_, i) => {
        const value = Math.round(rnd() * 10 ** (1 + Math.floor(rnd() * 4)));
        const words = Array.from({ length: 1 + Math.floor(rnd() * 9) }, () => 'слово'.slice(0, 2 + Math.floor(rnd() * 4)));
        const previous = rnd() < 0.3 ? Math.round(value * (0.5 + rnd())) : null;
        return bar(value, `${i} ${words.join(' ')}`, previous === null ? {} : { previous, previousDisplay: `прошлый период: ${previous}` });
      });
      const max = Math.max(1, ...list.map((b) => Math.max(b.value, b.previous ?? 0)));
      const box = { x: 10, width };
      const g = chartGeometry(spec(list, [0, max / 2, max]), box, shaper, 1);
      expect(g.rows).toHaveLength(count);
      checkLegible(g, box);
    }
  });
});

describe('chartGeometry: funnel', () => {
  const g = chartGeometry(
    spec(
      [bar(698, 'Факты'), bar(207, 'Уголовные', { depth: 1, parent: 698, display: '207 (29,7 % от 698)' }), bar(138, 'Сбыт', { depth: 2, parent: 207 })],
      [],
    ),
    BOX,
    shaper,
    1,
  );

  it('draws each part inside the outline of its whole, with no axis', () => {
    expect(g.header).toBeNull();
    const rows = g.rows.map((r) => r.items.filter(isRect));
    const k = rows[0]![0]!.width / 698;
    const [track, part] = rows[1]!;
    expect(track!.fill).toBe('#FFFFFF');
    expect(track!.width).toBeCloseTo(698 * k, 6);
    expect(part!.width).toBeCloseTo(207 * k, 6);
    expect(rows[2]![0]!.width).toBeCloseTo(207 * k, 6);
    expect(rows[2]![1]!.width).toBeCloseTo(138 * k, 6);
  });

  it('indents labels by depth and stays legible', () => {
    const firstLabelX = g.rows.map((r) => r.items.filter(isText)[0]!.x);
    expect(firstLabelX[1]).toBeGreaterThan(firstLabelX[0]!);
    expect(firstLabelX[2]).toBeGreaterThan(firstLabelX[1]!);
    checkLegible(g);
  });
});
