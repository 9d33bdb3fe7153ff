import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/layoutDocument.js';
import { applyStyles } from '../../src/style/applyStyles.js';
import type { MarkupElement, MarkupNode } from '../../src/markup/types.js';
import type { Theme } from '../../src/template/theme/theme.js';
import type { TextItem } from '../../src/layout/types.js';
import { fakeHyphenator, fakeImages, fakeMetrics } from '../support/fakeLayout.js';

const pos = { template: 't.hbs', line: 1 };
const el = (name: string, attrs: Record<string, string>, ...children: MarkupNode[]): MarkupElement => ({ kind: 'element', name, attrs, children, pos });
const txt = (text: string): MarkupNode => ({ kind: 'text', text });

const theme: Theme = {
  page: { margin: [60, 50, 60, 50], header: 30, footer: 40 },
  fonts: {},
  styles: { p: { size: 10, lineHeight: 1.4, marginBottom: 6, align: 'justify' }, h2: { size: 14, marginTop: 12, marginBottom: 4 } },
};
const meta = { title: 't', author: 'a', subject: 's', keywords: 'k', lang: 'en' as const, creationDate: new Date(0) };
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function render(...body: MarkupElement[]) {
  const markup = el(
    'document',
    { page: 'a4', lang: 'en' },
    el('footer', {}, el('p', {}, txt('Page '), el('page-number', {}), txt(' of '), el('page-count', {}))),
    ...body,
  );
  return layoutDocument(applyStyles(markup, theme), { metrics: fakeMetrics, images: fakeImages, hyphenator: fakeHyphenator, meta });
}

const texts = (items: { kind: string }[]) => items.filter((i): i is TextItem => i.kind === 'text');

describe('layoutDocument', () => {
  const blocks: MarkupElement[] = [];
  for (let i = 0; i < 12; i++) blocks.push(el('h2', {}, txt(`Heading ${i}`)), el('p', {}, txt(words(120))));
  const doc = render(...blocks);

  it('spreads long content over pages and keeps every body text inside the margins', () => {
    expect(doc.pages.length).toBeGreaterThan(1);
    for (const page of doc.pages) {
      for (const t of texts(page.items)) {
        if (t.struct === 'artifact') continue;
        expect(t.y).toBeGreaterThanOrEqual(60);
        expect(t.y).toBeLessThanOrEqual(841.89 - 60);
        expect(t.x).toBeGreaterThanOrEqual(50 - 1e-6);
        expect(t.x + t.width).toBeLessThanOrEqual(595.28 - 50 + 1e-6);
      }
    }
  });

  it('numbers every page in the footer, as decoration', () => {
    doc.pages.forEach((page, i) => {
      const footer = texts(page.items)
        .filter((t) => t.struct === 'artifact')
        .map((t) => t.text)
        .join('');
      expect(footer.replace(/\u00a0/g, ' ')).toBe(`Page ${i + 1} of ${doc.pages.length}`);
    });
  });

  it('never ends a page with a heading', () => {
    for (const page of doc.pages) {
      const body = texts(page.items).filter((t) => t.struct !== 'artifact');
      expect(body[body.length - 1]!.text.startsWith('Heading')).toBe(false);
    }
  });

  it('loses no word', () => {
    const all = doc.pages
      .flatMap((p) =>
        texts(p.items)
          .filter((t) => t.struct !== 'artifact')
          .map((t) => t.text),
      )
      .join(' ');
    const found = all.replace(/-\s/g, '').split(/\s+/).filter(Boolean);
    expect(found.filter((w) => /^word\d+$/.test(w)).length).toBe(12 * 120);
  });

  it('builds the structure tree in reading order', () => {
    expect(doc.structure.role).toBe('Document');
    expect(doc.structure.children.slice(0, 4).map((c) => c.role)).toEqual(['H2', 'P', 'H2', 'P']);
  });
});
