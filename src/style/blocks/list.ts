import type { MarkupElement } from '../../markup/types.js';
import type { Theme } from '../../template/theme/theme.js';
import type { BlockStyle, StyledList } from '../types.js';
import { elements, styleOf } from './blockBuilder.js';
import { paragraphOf } from './paragraph.js';

/** `<list>`: each `<li>` a paragraph. */
export function styleList(el: MarkupElement, parent: BlockStyle, theme: Theme): StyledList {
  const style = styleOf(el, parent, theme);
  return {
    kind: 'list',
    style,
    items: elements(el.children).map((li) => paragraphOf(li, styleOf(li, style, theme), theme, 'LI')),
    pos: el.pos,
  };
}
