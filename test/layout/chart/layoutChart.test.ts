/**
 * `<chart>` through the style and layout stages: a Figure with its text
 * equivalent in the tagged structure; a chart taller than a page continues
 * on the next with its axis repeated.
 */
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../src/layout/layoutDocument.js';
import { applyStyles } from '../../../src/style/applyStyles.js';
import type { MarkupElement, MarkupNode } from '../../../src/markup/types.js';
import type { Theme } from '../../../src/template/theme/theme.js';
import type { RectItem, StructNode, TextItem } from '../../../src/layout/types.js';
import { fakeHyphenator, fakeImages, fakeMetrics } from '../../support/fakeLayout.js';

const pos = { template: 't.hbs', line: 1 };
const el = (name: string, attrs: Record<string, string>, ...children: MarkupNode[]): MarkupElement => ({ kind: 'element', name, attrs, children, pos });

const theme: Theme = {
  page: { margin: [50, 40, 50, 40], header: 20, footer: 30 },
  fonts: {},
  styles: { chart: { size: 10 }, bar: { background: '#1F3A5F', border: 1, borderColor: '#000000' }, tick: { size: 8 } },
};
const meta = { title: 't', author: 'a', subject: 's', keywords: 'k', lang: 'en' as const, creationDate: new Date(0) };

function render(n: number) {
  const ticks = [0, 20, 40, 60, 80, 100].map((v) => el('tick', { value: String(v), label: String(v) }));
  const bars = Array.from({ length: n }, (_, i) => el('bar', { value: String(i * 2 + 1), label: `Bar ${i}`, display: `${i * 2 + 1} kg` }));
  const doc = el('document', { page: 'a4' }, el('chart', { type: 'bars', alt: `A chart of ${n} bars` }, ...ticks, ...bars));
  return layoutDocument(applyStyles(doc, theme), { metrics: fakeMetrics, images: fakeImages, hyphenator: fakeHyphenator, meta });
}

const figures = (node: StructNode): StructNode[] => [...(node.role === 'Figure' ? [node] : []), ...node.children.flatMap(figures)];

describe('layoutChart', () => {
  it('is one Figure whose alt is the chart as text, its drawing inside it', () => {
    const doc = render(5);
    const [figure, ...more] = figures(doc.structure);
    expect(more).toHaveLength(0);
    expect(figure!.alt).toBe('A chart of 5 bars');
    const items = doc.pages[0]!.items;
    expect(items.length).toBeGreaterThan(0);
    for (const it of items) expect(it.struct).toBe(figure!.id);
  });

  it('continues on the next page when taller than one, with the axis repeated as decoration', () => {
    const doc = render(60);
    expect(doc.pages.length).toBeGreaterThan(1);
    const bars = doc.pages.flatMap((p) => p.items.filter((i): i is RectItem => i.kind === 'rect'));
    expect(bars).toHaveLength(60);
    doc.pages.forEach((page, n) => {
      const texts = page.items.filter((i): i is TextItem => i.kind === 'text');
      const axis = texts.filter((t) => t.y < texts.find((x) => x.text.startsWith('Bar'))!.y - 5);
      expect(axis.map((t) => t.text)).toContain('0');
      for (const t of axis) expect(t.struct === 'artifact').toBe(n > 0);
      for (const r of page.items.filter((i): i is RectItem => i.kind === 'rect')) {
        expect(r.y).toBeGreaterThanOrEqual(50);
        expect(r.y + r.height).toBeLessThanOrEqual(841.89 - 50);
      }
    });
  });

  it('reads in black and white without a theme: dark bars with an outline, previous bars white with an outline', () => {
    const doc = el(
      'document',
      { page: 'a4' },
      el('chart', { alt: 'x' }, el('bar', { value: '10', label: 'Now', display: '10', previous: '8', 'previous-display': 'before: 8' })),
    );
    const laid = layoutDocument(applyStyles(doc, { ...theme, styles: {} }), { metrics: fakeMetrics, images: fakeImages, hyphenator: fakeHyphenator, meta });
    const rects = laid.pages[0]!.items.filter((i): i is RectItem => i.kind === 'rect');
    expect(rects.map((r) => [r.fill, r.stroke])).toEqual([
      ['#2B2B2B', '#000000'],
      ['#FFFFFF', '#000000'],
    ]);
    expect(rects.every((r) => r.lineWidth > 0)).toBe(true);
    expect(rects[1]!.width / rects[0]!.width).toBeCloseTo(0.8, 6);
  });
});
