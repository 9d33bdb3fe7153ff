import type { StyledBlock } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { space, type Fragment } from '../fragments.js';
import { BLOCK_LAYOUTS } from './blockLayouts.js';

function margins(b: StyledBlock): [number, number] {
  return b.kind === 'spacer' ? [0, 0] : [b.style.marginTop, b.style.marginBottom];
}

/**
 * Lays out blocks one under another. Adjacent margins collapse (the larger
 * wins); the first block's top margin and the last one's bottom margin are
 * left to the container.
 */
export function layoutBlocks(blocks: readonly StyledBlock[], box: BlockBox, ctx: LayoutContext): Fragment[] {
  const out: Fragment[] = [];
  let pending = -1;
  for (const b of blocks) {
    const [top, bottom] = margins(b);
    if (pending >= 0) {
      const gap = Math.max(pending, top);
      if (gap > 0) out.push(space(gap));
    }
    const layout = BLOCK_LAYOUTS[b.kind] as (b: StyledBlock, box: BlockBox, ctx: LayoutContext) => Fragment[];
    out.push(...layout(b, box, ctx));
    pending = bottom;
  }
  return out;
}
