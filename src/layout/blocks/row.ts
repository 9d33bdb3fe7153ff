import type { StyledRow } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { leaf, type Fragment } from '../fragments.js';
import { stack } from '../paginate/paginate.js';
import { shiftItems } from '../paginate/shiftItems.js';
import type { DrawItem } from '../types.js';
import { columnWidths } from './columnWidths.js';
import { boxDecorator, innerBox } from './decorate.js';
import { layoutBlocks } from './layoutBlocks.js';

/**
 * Columns side by side; the row is one unbreakable leaf as tall as its
 * tallest column, and every column's box is drawn at that full height.
 */
export function layoutRow(r: StyledRow, box: BlockBox, ctx: LayoutContext): Fragment[] {
  const inner = innerBox(r.style, box.x, box.width);
  const widths = columnWidths(r.columns.map((c) => c.width), inner.width, r.gap);
  const laid: { items: DrawItem[]; height: number; x: number; w: number }[] = [];
  let x = inner.x;
  r.columns.forEach((col, i) => {
    const w = widths[i]!;
    const s = col.content.style;
    const cin = innerBox(s, x, w);
    const content = stack(layoutBlocks(col.content.children, { x: cin.x, width: cin.width, struct: box.struct }, ctx));
    laid.push({ items: shiftItems(content.items, s.padding[0] + s.border), height: content.height + s.padding[0] + s.padding[2] + 2 * s.border, x, w });
    x += w + r.gap;
  });
  const height = Math.max(0, ...laid.map((l) => l.height));
  const items: DrawItem[] = [];
  r.columns.forEach((col, i) => {
    const l = laid[i]!;
    const deco = boxDecorator(col.content.style, l.x, l.w);
    if (deco) items.push(...deco(0, height, true, true));
    items.push(...l.items);
  });
  const padTop = r.style.padding[0];
  return [leaf(height + padTop + r.style.padding[2], shiftItems(items, padTop))];
}
