import type { MarkupElement, MarkupNode } from '../../markup/types.js';
import type { StyleProps, Theme } from '../../template/theme/theme.js';
import type { BlockStyle, StyledBlock } from '../types.js';
import { matchRules, resolveBlockStyle } from '../resolveStyle.js';
import { classesOf } from '../classesOf.js';

/**
 * The style builder of one block element: the element, the style of its
 * parent, the theme; out, the styled block (its own style resolved first,
 * with `styleOf`).
 */
export type BlockBuilder = (el: MarkupElement, parent: BlockStyle, theme: Theme) => StyledBlock;

/** The element children of a node list (text between block elements is whitespace). */
export const elements = (nodes: readonly MarkupNode[]): MarkupElement[] => nodes.filter((n): n is MarkupElement => n.kind === 'element');

/** The style of `el` under `parent`: its `own` properties, then the theme's rules for its name and classes. */
export function styleOf(el: MarkupElement, parent: BlockStyle, theme: Theme, own: StyleProps = {}): BlockStyle {
  return resolveBlockStyle(parent, [own, ...matchRules(theme, el.name, classesOf(el))]);
}
