import type { StyledBlock } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { space, type Fragment } from '../fragments.js';
import { kindOf } from './blockKinds.js';

/**
 * Lays out blocks one under another, each by the module of its kind.
 * Adjacent margins collapse (the larger wins); the first block's top margin
 * and the last one's bottom margin are left to the container.
 */
export function layoutBlocks(blocks: readonly StyledBlock[], box: BlockBox, ctx: LayoutContext): Fragment[] {
  const out: Fragment[] = [];
  let pending = -1;
  for (const b of blocks) {
    const kind = kindOf(b);
    const [top, bottom] = kind.margins(b);
    if (pending >= 0) {
      const gap = Math.max(pending, top);
      if (gap > 0) out.push(space(gap));
    }
    out.push(...kind.layout(b, box, ctx));
    pending = bottom;
  }
  return out;
}
