import type { StyledList } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { group, space, type Fragment } from '../fragments.js';
import { innerBox } from './decorate.js';
import { layout as layoutParagraph, minWidth as paragraphMinWidth, scale as scaleParagraph } from './paragraph.js';
import { horizontalSides } from './blockKind.js';
import { scaleStyle } from './scaleParts.js';

export { styleMargins as margins } from './blockKind.js';

/** A bulleted list: each item a paragraph with its bullet hanging in the indent. */
export function layout(l: StyledList, box: BlockBox, ctx: LayoutContext): Fragment[] {
  const struct = ctx.structure.add(box.struct, 'L');
  const inner = innerBox(l.style, box.x, box.width);
  const children: Fragment[] = [];
  l.items.forEach((item, i) => {
    if (i > 0) {
      const gap = Math.max(l.items[i - 1]!.style.marginBottom, item.style.marginTop);
      if (gap > 0) children.push(space(gap));
    }
    const li = ctx.structure.add(struct, 'LI');
    const lbl = ctx.structure.add(li, 'Lbl');
    const body = ctx.structure.add(li, 'LBody');
    children.push(
      // The item's text is a P inside LBody (an LI directly in LBody is not valid structure).
      ...layoutParagraph({ ...item, role: 'P' }, { x: inner.x, width: inner.width, struct: body }, ctx, {
        text: item.style.bullet,
        style: item.style,
        struct: lbl,
      }),
    );
  });
  return [group(children, { padTop: l.style.padding[0], padBottom: l.style.padding[2] })];
}

export function scale(l: StyledList, f: number): StyledList {
  return { ...l, style: scaleStyle(l.style, f), items: l.items.map((i) => scaleParagraph(i, f)) };
}

export function minWidth(l: StyledList, ctx: LayoutContext): number {
  return Math.max(0, ...l.items.map((i) => paragraphMinWidth(i, ctx))) + horizontalSides(l.style);
}
