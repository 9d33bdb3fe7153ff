import type { StyledTable, StyledTableRow } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { group, leaf, type Fragment, type Leaf } from '../fragments.js';
import { stack } from '../paginate/paginate.js';
import { shiftItems } from '../paginate/shiftItems.js';
import type { DrawItem, StructRef } from '../types.js';
import { columnWidths } from './columnWidths.js';
import { boxDecorator, innerBox } from './decorate.js';
import { layoutParagraph } from './paragraph.js';

function rowLeaf(row: StyledTableRow, widths: number[], x0: number, ctx: LayoutContext, parent: StructRef): Leaf {
  const tr = ctx.structure.add(parent, 'TR');
  const cells: { items: DrawItem[]; height: number }[] = [];
  let x = x0;
  row.cells.forEach((cell, i) => {
    const w = widths[i] ?? widths[widths.length - 1] ?? 50;
    const td = ctx.structure.add(tr, cell.header ? 'TH' : 'TD');
    const para = { ...cell.content, role: 'P' as const };
    const laid = stack(layoutParagraph(para, { x, width: w, struct: td }, ctx));
    cells.push(laid);
    x += w;
  });
  const [pt, , pb] = row.style.padding;
  const height = Math.max(0, ...cells.map((c) => c.height)) + pt + pb;
  const total = widths.reduce((a, b) => a + b, 0);
  const items: DrawItem[] = [];
  const deco = boxDecorator(row.style, x0, total);
  if (deco) items.push(...deco(0, height, true, true));
  for (const c of cells) items.push(...shiftItems(c.items, pt));
  return leaf(height, items);
}

/** A table: rows are unbreakable leaves; the header rows repeat on every page it continues on. */
export function layoutTable(t: StyledTable, box: BlockBox, ctx: LayoutContext): Fragment[] {
  const struct = ctx.structure.add(box.struct, 'Table');
  const inner = innerBox(t.style, box.x, box.width);
  const count = Math.max(t.columns.length, ...t.head.concat(t.body).map((r) => r.cells.length), 1);
  const specs = t.columns.length >= count ? t.columns : [...t.columns, ...Array.from({ length: count - t.columns.length }, () => ({ share: 1 }))];
  const widths = columnWidths(specs, inner.width, 0);
  const thead = t.head.length ? ctx.structure.add(struct, 'THead') : struct;
  const header = t.head.map((r) => rowLeaf(r, widths, inner.x, ctx, thead));
  const tbody = ctx.structure.add(struct, 'TBody');
  const body = t.body.map((r) => rowLeaf(r, widths, inner.x, ctx, tbody));
  // Later pages repeat the header rows as decoration (the tagged header is the first one).
  const repeat = header.map((h) => leaf(h.height, h.items.map((it) => ({ ...it, struct: 'artifact' as const }))));
  const children: Fragment[] = header.length ? [group(header, { keepTogether: true, keepWithNext: true }), ...body] : body;
  return [
    group(children, {
      padTop: t.style.padding[0] + t.style.border,
      padBottom: t.style.padding[2] + t.style.border,
      decorate: boxDecorator(t.style, box.x, box.width),
      repeat,
      keepWithNext: t.style.keepWithNext,
    }),
  ];
}
