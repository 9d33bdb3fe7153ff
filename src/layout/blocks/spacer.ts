import type { StyledSpacer } from '../../style/types.js';
import { space, type Fragment } from '../fragments.js';

export { noMinWidth as minWidth } from './blockKind.js';

/** Vertical space; dropped at the top of a page like any space between blocks. */
export function layout(s: StyledSpacer): Fragment[] {
  return [space(s.height)];
}

export function scale(s: StyledSpacer, f: number): StyledSpacer {
  return { ...s, height: s.height * f };
}

/** A spacer is its own space: no margins. */
export function margins(): [number, number] {
  return [0, 0];
}
