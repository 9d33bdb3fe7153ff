import type { StyledBlock } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { space, type Fragment } from '../fragments.js';
import { BLOCK_LAYOUTS } from './blockLayouts.js';

/**
 * A block's outer margins. As in CSS, a container without padding or border
 * on a side takes the margin of its first (last) child on that side, since
 * the child's own margin is left out inside it.
 */
function margins(b: StyledBlock): [number, number] {
  if (b.kind === 'spacer') return [0, 0];
  let [top, bottom] = [b.style.marginTop, b.style.marginBottom];
  if (b.kind === 'container' && b.children.length > 0 && !b.style.background) {
    if (b.style.padding[0] === 0 && b.style.border === 0) top = Math.max(top, margins(b.children[0]!)[0]);
    if (b.style.padding[2] === 0 && b.style.border === 0) bottom = Math.max(bottom, margins(b.children[b.children.length - 1]!)[1]);
  }
  return [top, bottom];
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
