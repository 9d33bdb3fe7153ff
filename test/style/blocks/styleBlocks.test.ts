import { describe, expect, it } from 'vitest';
import { BLOCK_BUILDERS, styleBlocks } from '../../../src/style/blocks/styleBlocks.js';
import { BLOCK_NAMES } from '../../../src/markup/vocabulary.js';
import { ROOT_STYLE } from '../../../src/style/resolveStyle.js';
import type { MarkupElement, MarkupNode } from '../../../src/markup/types.js';
import type { Theme } from '../../../src/template/theme/theme.js';

const pos = { template: 't.hbs', line: 1 };
const el = (name: string, attrs: Record<string, string> = {}, ...children: MarkupNode[]): MarkupElement => ({ kind: 'element', name, attrs, children, pos });
const theme: Theme = { page: { margin: [40, 40, 40, 40], header: 20, footer: 30 }, fonts: {}, styles: { h2: { keepWithNext: false } } };

describe('BLOCK_BUILDERS', () => {
  it('has one builder for each block element of the vocabulary, and no other', () => {
    expect(Object.keys(BLOCK_BUILDERS).sort()).toEqual([...BLOCK_NAMES].sort());
  });

  it('styles each block by the builder of its name', () => {
    const blocks = styleBlocks(
      [el('h1'), el('h2'), el('p'), el('quote'), el('figure', { alt: 'x' }), el('spacer', { height: '5' }), el('rule')],
      ROOT_STYLE,
      theme,
    );
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'container', 'container', 'spacer', 'rule']);
    expect(blocks.map((b) => ('role' in b ? b.role : null))).toEqual(['H1', 'H2', 'P', 'Quote', 'Figure', null, null]);
  });

  it('keeps headings with the next block unless the theme says otherwise', () => {
    const [h1, h2, p] = styleBlocks([el('h1'), el('h2'), el('p')], ROOT_STYLE, theme);
    expect([h1, h2, p].map((b) => b && 'style' in b && b.style.keepWithNext)).toEqual([true, false, false]);
  });
});
