import type { MarkupElement } from '../../markup/types.js';
import type { Theme } from '../../template/theme/theme.js';
import type { BlockStyle, StyledRow } from '../types.js';
import { parseWidth } from '../parseWidth.js';
import { elements, styleOf } from './blockBuilder.js';
import { containerOf } from './container.js';

/** `<row>`: each `<col>` a container with its width. */
export function styleRow(el: MarkupElement, parent: BlockStyle, theme: Theme): StyledRow {
  const style = styleOf(el, parent, theme);
  return {
    kind: 'row',
    style,
    gap: Number(el.attrs['gap'] ?? 12) || 0,
    columns: elements(el.children).map((col) => ({
      width: parseWidth(col.attrs['width']),
      content: containerOf(col, styleOf(col, style, theme), theme, 'Div'),
    })),
    pos: el.pos,
  };
}
