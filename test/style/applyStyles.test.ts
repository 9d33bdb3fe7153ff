import { describe, expect, it } from 'vitest';
import { applyStyles } from '../../src/style/applyStyles.js';
import type { MarkupElement, MarkupNode } from '../../src/markup/types.js';
import type { Theme } from '../../src/template/theme/theme.js';

const pos = { template: 't.hbs', line: 1 };
const el = (name: string, attrs: Record<string, string>, ...children: MarkupNode[]): MarkupElement => ({ kind: 'element', name, attrs, children, pos });
const txt = (text: string): MarkupNode => ({ kind: 'text', text });

const theme: Theme = {
  page: { margin: [50, 40, 60, 40], header: 20, footer: 40 },
  fonts: { sans: ['PTSans'] },
  styles: {
    document: { font: 'serif', size: 10 },
    h2: { font: 'sans', size: 14, bold: true, marginTop: 12 },
    '.muted': { color: '#666666' },
    'p.lead': { size: 12, align: 'justify' },
    '.box': { border: 1, padding: 8 },
  },
};

describe('applyStyles', () => {
  const doc = applyStyles(
    el(
      'document',
      { page: 'a4', lang: 'kk' },
      el('footer', {}, el('p', { class: 'muted' }, txt('Стр. '), el('page-number', {}))),
      el('h2', {}, txt('Статистика')),
      el('p', { class: 'lead muted' }, txt('Текст '), el('b', {}, txt('жирный')), el('span', { class: 'muted' }, txt(' серый'))),
      el('block', { class: 'box', keep: 'together' }, el('p', {}, txt('в рамке'))),
      el('table', { columns: '3* 1* 80' }, el('tbody', {}, el('tr', {}, el('th', {}, txt('A')), el('td', {}, txt('1'))))),
    ),
    theme,
  );

  it('takes the page size and margins from the root and the theme', () => {
    expect(doc.page).toMatchObject({ width: 595.28, height: 841.89, margin: [50, 40, 60, 40] });
    expect(doc.lang).toBe('kk');
  });

  it('applies name, class and name.class rules, most specific last, and keeps headings with the next block', () => {
    const [h2, lead] = doc.body;
    expect(h2).toMatchObject({ kind: 'paragraph', role: 'H2', style: { font: 'sans', size: 14, bold: true, marginTop: 12, keepWithNext: true } });
    expect(lead).toMatchObject({ kind: 'paragraph', style: { font: 'serif', size: 12, align: 'justify', color: '#666666' } });
  });

  it('passes font properties down to inline runs; b makes bold', () => {
    const lead = doc.body[1]!;
    if (lead.kind !== 'paragraph') throw new Error('paragraph expected');
    expect(lead.inlines.map((i) => (i.kind === 'text' ? [i.text, i.style.bold, i.style.size] : i.kind))).toEqual([
      ['Текст ', false, 12],
      ['жирный', true, 12],
      [' серый', false, 12],
    ]);
  });

  it('does not inherit box properties, and reads keep="together"', () => {
    const box = doc.body[2]!;
    expect(box).toMatchObject({ kind: 'container', keepTogether: true, style: { border: 1, padding: [8, 8, 8, 8] } });
    if (box.kind !== 'container') throw new Error();
    expect(box.children[0]).toMatchObject({ style: { border: 0, padding: [0, 0, 0, 0] } });
  });

  it('reads table column widths and header cells', () => {
    const table = doc.body[3]!;
    expect(table).toMatchObject({ kind: 'table', columns: [{ share: 3 }, { share: 1 }, { points: 80 }] });
    if (table.kind !== 'table') throw new Error();
    expect(table.body[0]!.cells.map((c) => [c.header, c.content.style.bold])).toEqual([
      [true, true],
      [false, false],
    ]);
  });

  it('turns page-number into a field of the footer', () => {
    expect(doc.footer[0]).toMatchObject({ kind: 'paragraph', inlines: [{ kind: 'text' }, { kind: 'field', field: 'page-number' }] });
  });
});
