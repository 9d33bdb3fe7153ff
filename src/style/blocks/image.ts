import type { MarkupElement } from '../../markup/types.js';
import type { Theme } from '../../template/theme/theme.js';
import type { BlockStyle, StyledImage } from '../types.js';
import { styleOf } from './blockBuilder.js';

/** `<image>`: its source, the size given (null: its own) and its alt. */
export function styleImage(el: MarkupElement, parent: BlockStyle, theme: Theme): StyledImage {
  return {
    kind: 'image',
    style: styleOf(el, parent, theme),
    src: el.attrs['src'] ?? '',
    width: el.attrs['width'] !== undefined ? Number(el.attrs['width']) : null,
    height: el.attrs['height'] !== undefined ? Number(el.attrs['height']) : null,
    alt: el.attrs['alt'] ?? null,
    pos: el.pos,
  };
}
