import type { StyledContainer } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { group, type Fragment } from '../fragments.js';
import { boxDecorator, innerBox } from './decorate.js';
import { layoutBlocks } from './layoutBlocks.js';

/** A group of blocks, boxed when the theme gives it a background or border. */
export function layoutContainer(c: StyledContainer, box: BlockBox, ctx: LayoutContext): Fragment[] {
  const struct = c.role === 'Div' && !c.alt ? box.struct : ctx.structure.add(box.struct, c.role, c.alt);
  const inner = innerBox(c.style, box.x, box.width);
  const children = layoutBlocks(c.children, { x: inner.x, width: inner.width, struct }, ctx);
  return [
    group(children, {
      padTop: c.style.padding[0] + c.style.border,
      padBottom: c.style.padding[2] + c.style.border,
      decorate: boxDecorator(c.style, box.x + c.style.indent, box.width - c.style.indent),
      keepTogether: c.keepTogether,
      breakBefore: c.breakBefore,
      keepWithNext: c.style.keepWithNext,
    }),
  ];
}
