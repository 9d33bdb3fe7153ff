import type { MarkupElement } from '../../markup/types.js';
import type { Theme } from '../../template/theme/theme.js';
import type { BlockStyle, Role, StyledContainer } from '../types.js';
import { styleOf } from './blockBuilder.js';
import { styleBlocks } from './styleBlocks.js';

/** `min-scale`: 0.75 by default, read as at least 0.1 and at most 1. */
function minScale(value: string | undefined): number {
  const n = value === undefined ? 0.75 : Number(value);
  return Number.isFinite(n) ? Math.min(1, Math.max(0.1, n)) : 0.75;
}

/** A group of blocks in a style already resolved (a row's columns use it too); `role` unless the element gives one. */
export function containerOf(el: MarkupElement, style: BlockStyle, theme: Theme, role: Role): StyledContainer {
  return {
    kind: 'container',
    role: (el.attrs['role'] as Role | undefined) ?? role,
    style,
    children: styleBlocks(el.children, style, theme),
    keepTogether: el.attrs['keep'] === 'together',
    breakBefore: el.attrs['break'] === 'before',
    alt: el.attrs['alt'] ?? null,
    fit: el.attrs['fit'] === 'shrink' ? { minScale: minScale(el.attrs['min-scale']) } : null,
    continued: el.attrs['continued'] ?? null,
    pos: el.pos,
  };
}

/** `<block>`, `<quote>`, `<figure>`. */
export function styleContainer(el: MarkupElement, parent: BlockStyle, theme: Theme, role: 'Div' | 'Quote' | 'Figure'): StyledContainer {
  return containerOf(el, styleOf(el, parent, theme), theme, role);
}
