import type { StyledBlock } from '../../style/types.js';
import { kindOf } from './blockKinds.js';

/**
 * A copy of a styled block with its type and spacing scaled by `factor`
 * (each kind's `scale`, see BlockKind). The input is not changed.
 */
export function scaleStyles<B extends StyledBlock>(block: B, factor: number): B {
  if (factor === 1) return block;
  return kindOf(block).scale(block, factor);
}
