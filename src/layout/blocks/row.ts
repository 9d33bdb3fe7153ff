import type { StyledRow } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { leaf, type Fragment } from '../fragments.js';
import { measureStack } from '../measureStack.js';
import { shiftItems } from '../paginate/shiftItems.js';
import type { DrawItem } from '../types.js';
import { columnWidths } from './columnWidths.js';
import { boxDecorator, innerBox } from './decorate.js';
import { layoutBlocks } from './layoutBlocks.js';
import { FIT_STEPS } from './paragraph.js';
import { scale as scaleContainer } from './container.js';
import { blockMinWidth } from './blockKinds.js';
import { scaleStyle, scaleWidth } from './scaleParts.js';

export { styleMargins as margins, noMinWidth as minWidth } from './blockKind.js';

type Column = StyledRow['columns'][number];

/**
 * How small a column's text may be set before the row gives it more width by
 * reflowing (see paragraph FIT_STEPS). A function, not a constant: row.ts and
 * paragraph.ts are in one import cycle (through blockKinds.ts), so nothing of
 * paragraph.ts is read while modules load.
 */
const reflowFloor = (): number => FIT_STEPS[2]!;

/** Columns laid out side by side, every column's box drawn at the full height of the tallest. */
function layoutLine(
  columns: readonly Column[],
  widths: readonly number[],
  x0: number,
  gap: number,
  box: BlockBox,
  ctx: LayoutContext,
): { items: DrawItem[]; height: number } {
  const laid: { items: DrawItem[]; height: number; x: number; w: number }[] = [];
  let x = x0;
  columns.forEach((col, i) => {
    const w = widths[i]!;
    const s = col.content.style;
    const cin = innerBox(s, x, w);
    const content = measureStack(layoutBlocks(col.content.children, { x: cin.x, width: cin.width, struct: box.struct }, ctx));
    laid.push({ items: shiftItems(content.items, s.padding[0] + s.border), height: content.height + s.padding[0] + s.padding[2] + 2 * s.border, x, w });
    x += w + gap;
  });
  const height = Math.max(0, ...laid.map((l) => l.height));
  const items: DrawItem[] = [];
  columns.forEach((col, i) => {
    const l = laid[i]!;
    const deco = boxDecorator(col.content.style, l.x, l.w);
    if (deco) items.push(...deco(0, height));
    items.push(...l.items);
  });
  return { items, height };
}

/**
 * How many columns go on one line: all of them, unless some column's text
 * (a long figure) would not fit its width even set smaller down to
 * reflowFloor(); then the row reflows into lines of fewer, wider columns.
 * Only rows of shares (cards) reflow; a row with a column in points keeps its form.
 */
export function columnsPerLine(columns: readonly Column[], width: number, gap: number, ctx: LayoutContext): number {
  if (columns.length < 2 || columns.some((c) => 'points' in c.width)) return columns.length;
  const needs = columns.map((c) => blockMinWidth(c.content, ctx));
  for (let k = columns.length; k > 1; k--) {
    const widths = columnWidths(
      columns.slice(0, k).map((c) => c.width),
      width,
      gap,
    );
    const each = Math.min(...widths);
    // Balanced lines: four cards that need three places go two and two.
    if (needs.every((n) => n * reflowFloor() <= each + 1e-6)) return Math.ceil(columns.length / Math.ceil(columns.length / k));
  }
  return 1;
}

/**
 * Columns side by side; each line of the row is one unbreakable leaf as tall
 * as its tallest column. A row of cards whose figures do not fit reflows into
 * several lines (columnsPerLine), each column as wide as in a row of that many.
 */
export function layout(r: StyledRow, box: BlockBox, ctx: LayoutContext): Fragment[] {
  const inner = innerBox(r.style, box.x, box.width);
  const perLine = columnsPerLine(r.columns, inner.width, r.gap, ctx);
  const padTop = r.style.padding[0];
  if (perLine === r.columns.length) {
    const widths = columnWidths(
      r.columns.map((c) => c.width),
      inner.width,
      r.gap,
    );
    const line = layoutLine(r.columns, widths, inner.x, r.gap, box, ctx);
    return [leaf(line.height + padTop + r.style.padding[2], shiftItems(line.items, padTop))];
  }
  const out: Fragment[] = [];
  for (let i = 0; i < r.columns.length; i += perLine) {
    const cols = r.columns.slice(i, i + perLine);
    const widths = columnWidths(
      r.columns.slice(0, perLine).map((c) => c.width),
      inner.width,
      r.gap,
    );
    const line = layoutLine(cols, widths, inner.x, r.gap, box, ctx);
    const first = i === 0;
    const last = i + perLine >= r.columns.length;
    const top = first ? padTop : r.gap;
    out.push(leaf(line.height + top + (last ? r.style.padding[2] : 0), shiftItems(line.items, top)));
  }
  return out;
}

export function scale(r: StyledRow, f: number): StyledRow {
  return {
    ...r,
    style: scaleStyle(r.style, f),
    gap: r.gap * f,
    columns: r.columns.map((c) => ({ width: scaleWidth(c.width, f), content: scaleContainer(c.content, f) })),
  };
}
