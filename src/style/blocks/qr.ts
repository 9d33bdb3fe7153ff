import type { MarkupElement } from '../../markup/types.js';
import type { Theme } from '../../template/theme/theme.js';
import type { BlockStyle, StyledQr } from '../types.js';
import { styleOf } from './blockBuilder.js';

/** `<qr>`: its value, its size (120 pt by default) and its alt. */
export function styleQr(el: MarkupElement, parent: BlockStyle, theme: Theme): StyledQr {
  return {
    kind: 'qr',
    style: styleOf(el, parent, theme),
    value: el.attrs['value'] ?? '',
    size: Number(el.attrs['size'] ?? 120) || 120,
    alt: el.attrs['alt'] ?? null,
    pos: el.pos,
  };
}
