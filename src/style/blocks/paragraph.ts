import type { MarkupElement } from '../../markup/types.js';
import type { Theme } from '../../template/theme/theme.js';
import type { BlockStyle, Role, StyledParagraph } from '../types.js';
import { styleInlines } from '../styleInlines.js';
import { styleOf } from './blockBuilder.js';

/** A paragraph of `el`'s inline content in a style already resolved (list items and table cells use it too). */
export function paragraphOf(el: MarkupElement, style: BlockStyle, theme: Theme, role: Role): StyledParagraph {
  return { kind: 'paragraph', role, style, inlines: styleInlines(el.children, style, theme), pos: el.pos };
}

/** `<p>`. */
export function styleParagraph(el: MarkupElement, parent: BlockStyle, theme: Theme): StyledParagraph {
  return paragraphOf(el, styleOf(el, parent, theme), theme, 'P');
}

/** `<h1>`–`<h3>`: a paragraph that keeps with the next block unless the theme says otherwise. */
export function styleHeading(el: MarkupElement, parent: BlockStyle, theme: Theme, role: 'H1' | 'H2' | 'H3'): StyledParagraph {
  return paragraphOf(el, styleOf(el, parent, theme, { keepWithNext: true }), theme, role);
}
