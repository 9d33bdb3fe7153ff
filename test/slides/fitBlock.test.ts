/**
 * The generic markup behind slides, on literal inputs with fake metrics:
 * `<block fit="shrink">` shrinks its content until it fits a page, then
 * flows on; `continued="…"` repeats its first heading on further pages.
 */
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layoutDocument.js';
import { fitScales } from '../../src/layout/blocks/container.js';
import { scaleStyles } from '../../src/layout/blocks/scaleStyles.js';
import { applyStyles } from '../../src/style/applyStyles.js';
import type { MarkupElement, MarkupNode } from '../../src/markup/types.js';
import type { Theme } from '../../src/template/theme/theme.js';
import type { StructNode, TextItem } from '../../src/layout/types.js';
import type { StyledContainer } from '../../src/style/types.js';
import { fakeHyphenator, fakeImages, fakeMetrics } from '../support/fakeLayout.js';

const pos = { template: 't.hbs', line: 1 };
const el = (name: string, attrs: Record<string, string>, ...children: MarkupNode[]): MarkupElement => ({ kind: 'element', name, attrs, children, pos });
const txt = (text: string): MarkupNode => ({ kind: 'text', text });

/** Slides with a content area 400 pt high (540 − 70 − 70). */
const theme: Theme = {
  page: { margin: [70, 40, 70, 40], header: 20, footer: 40 },
  fonts: {},
  styles: { p: { size: 20, lineHeight: 1.25, marginBottom: 10 }, h2: { size: 30, lineHeight: 1, marginBottom: 10 } },
};
const meta = { title: 't', author: 'a', subject: 's', keywords: 'k', lang: 'en' as const, creationDate: new Date(0) };

/** A slide: a heading and `n` one-line paragraphs (35 pt each at scale 1). */
function slide(n: number, attrs: Record<string, string> = { fit: 'shrink', continued: '(cont.)' }): MarkupElement {
  const paras = Array.from({ length: n }, (_, i) => el('p', {}, txt(`Line ${i + 1}`)));
  return el('block', { break: 'before', role: 'Sect', ...attrs }, el('h2', {}, txt('Title')), ...paras);
}

function render(...slides: MarkupElement[]) {
  const styled = applyStyles(el('document', { page: 'slide', lang: 'en' }, ...slides), theme);
  return layoutDocument(styled, { metrics: fakeMetrics, images: fakeImages, hyphenator: fakeHyphenator, meta });
}

/** The text items, no-break spaces (typography puts one in «Line 1») made plain. */
const texts = (items: { kind: string }[]) => items.filter((i): i is TextItem => i.kind === 'text').map((t) => ({ ...t, text: t.text.replace(/\u00A0/g, ' ') }));
const sizeOf = (page: { items: { kind: string }[] }, text: string) => texts(page.items).find((t) => t.text === text)?.size;
const count = (node: StructNode, role: string): number => (node.role === role ? 1 : 0) + node.children.reduce((n, c) => n + count(c, role), 0);

describe('<block fit="shrink">', () => {
  it('tries 1, 0.9, 0.8… down to the minimum', () => {
    expect(fitScales(0.75)).toEqual([1, 0.9, 0.8, 0.75]);
    expect(fitScales(0.5)).toEqual([1, 0.9, 0.8, 0.7, 0.6, 0.5]);
    expect(fitScales(1)).toEqual([1]);
  });

  it('leaves content that fits as it is', () => {
    const doc = render(slide(5));
    expect(doc.pages).toHaveLength(1);
    expect(sizeOf(doc.pages[0]!, 'Line 1')).toBe(20);
    expect(sizeOf(doc.pages[0]!, 'Title')).toBe(30);
  });

  it('shrinks content a little too tall for one page at the largest scale that fits, on one page', () => {
    // 40 + 12 × 35 − 10 = 450 pt at scale 1 > 400; at 0.9: 409 > 400 (the title never shrinks); at 0.8: 368
    const doc = render(slide(12));
    expect(doc.pages).toHaveLength(1);
    expect(sizeOf(doc.pages[0]!, 'Line 12')).toBeCloseTo(16, 6);
    expect(sizeOf(doc.pages[0]!, 'Title')).toBe(30);
    const unfitted = render(slide(12, {}));
    expect(unfitted.pages).toHaveLength(2);
  });

  it('honours min-scale, and flows on at the minimum when it never fits', () => {
    const doc = render(slide(40, { fit: 'shrink', 'min-scale': '0.9' }));
    expect(doc.pages.length).toBeGreaterThan(1);
    for (const page of doc.pages) for (const t of texts(page.items)) expect(t.size).toBeCloseTo(t.text === 'Title' ? 30 : 18, 6);
    for (const page of doc.pages) for (const t of texts(page.items)) expect(t.y).toBeLessThanOrEqual(540 - 70);
  });

  it('adds the block to the tagged structure once, whatever it tried', () => {
    const doc = render(slide(12), slide(60));
    expect(count(doc.structure, 'Sect')).toBe(2);
    expect(count(doc.structure, 'P')).toBe(72);
    expect(count(doc.structure, 'H2')).toBe(2);
  });

  it('does not change the styled block it scales', () => {
    const styled = applyStyles(el('document', { page: 'slide' }, slide(3)), theme).body[0] as StyledContainer;
    const before = JSON.stringify(styled);
    const half = scaleStyles(styled, 0.5);
    expect(JSON.stringify(styled)).toBe(before);
    // headings keep their size: a slide's title is the same on every slide
    const heading = half.children[0]!;
    expect(heading.kind === 'paragraph' && heading.style.size).toBe(30);
    const body = half.children[1]!;
    expect(body.kind === 'paragraph' && body.style.size).toBe(10);
    expect(half.style.marginBottom).toBe(styled.style.marginBottom * 0.5);
  });
});

describe('<block continued="…">', () => {
  const doc = render(slide(40), slide(2));

  it('repeats the first heading with the text appended on every further page, as decoration', () => {
    const pages = doc.pages.slice(0, -1);
    expect(pages.length).toBeGreaterThan(1);
    expect(texts(pages[0]!.items)[0]!.text).toBe('Title');
    for (const page of pages.slice(1)) {
      const head = texts(page.items).filter((t) => t.y < 70 + 40);
      expect(head.map((t) => t.text).join(' ')).toBe('Title (cont.)');
      expect(head.every((t) => t.struct === 'artifact')).toBe(true);
      // the repeated heading stands where the first one did and pushes the content below it
      expect(head[0]!.y).toBeCloseTo(texts(pages[0]!.items)[0]!.y, 6);
      const firstLine = texts(page.items).find((t) => t.text.startsWith('Line'))!;
      expect(firstLine.y).toBeGreaterThan(head[0]!.y + 20);
    }
    // a block that does not continue repeats nothing; the next slide starts on its own page
    const last = doc.pages[doc.pages.length - 1]!;
    expect(texts(last.items).map((t) => t.text)).toEqual(['Title', 'Line 1', 'Line 2']);
  });

  it('loses no line', () => {
    const lines = doc.pages
      .flatMap((p) => texts(p.items))
      .filter((t) => t.text.startsWith('Line'))
      .map((t) => t.text);
    expect(lines).toEqual([...Array.from({ length: 40 }, (_, i) => `Line ${i + 1}`), 'Line 1', 'Line 2']);
  });
});
