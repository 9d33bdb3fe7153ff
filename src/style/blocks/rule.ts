import type { MarkupElement } from '../../markup/types.js';
import type { Theme } from '../../template/theme/theme.js';
import type { BlockStyle, StyledRule } from '../types.js';
import { styleOf } from './blockBuilder.js';

/** `<rule>`: a line drawn in its style's border. */
export function styleRule(el: MarkupElement, parent: BlockStyle, theme: Theme): StyledRule {
  return { kind: 'rule', style: styleOf(el, parent, theme), pos: el.pos };
}
