import type { MarkupElement } from '../../markup/types.js';
import type { StyledSpacer } from '../types.js';

/** `<spacer>`: vertical space of its height; it has no style. */
export function styleSpacer(el: MarkupElement): StyledSpacer {
  return { kind: 'spacer', height: Number(el.attrs['height'] ?? 0) || 0, pos: el.pos };
}
