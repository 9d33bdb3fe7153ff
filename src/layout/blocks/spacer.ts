import type { StyledSpacer } from '../../style/types.js';
import { space, type Fragment } from '../fragments.js';

export function layoutSpacer(s: StyledSpacer): Fragment[] {
  return [space(s.height)];
}
