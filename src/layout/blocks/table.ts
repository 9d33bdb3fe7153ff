import type { BlockStyle, StyledTable, StyledTableRow } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { group, leaf, type Fragment, type Leaf } from '../fragments.js';
import { measureStack } from '../measureStack.js';
import { shiftItems } from '../paginate/shiftItems.js';
import type { DrawItem, StructRef } from '../types.js';
import { columnWidths, fitColumns } from './columnWidths.js';
import { columnCount, columnWants } from './tableGrid.js';
import { decimalPads } from './decimalAlign.js';
import { boxDecorator, innerBox } from './decorate.js';
import { layout as layoutParagraph, scale as scaleParagraph } from './paragraph.js';
import { scaleStyle, scaleWidth } from './scaleParts.js';

export { styleMargins as margins, noMinWidth as minWidth } from './blockKind.js';

function rowLeaf(row: StyledTableRow, widths: number[], x0: number, ctx: LayoutContext, parent: StructRef, pads: readonly number[] = []): Leaf {
  const tr = ctx.structure.add(parent, 'TR');
  const cells: { items: DrawItem[]; height: number; x: number; w: number; style: BlockStyle }[] = [];
  let x = x0;
  row.cells.forEach((cell, i) => {
    const w = widths[i] ?? widths[widths.length - 1] ?? 50;
    const td = ctx.structure.add(tr, cell.header ? 'TH' : 'TD');
    const cs = cell.content.style;
    // The cell's box is drawn at the row's full height below; its text is laid out bare inside it.
    const bare = {
      ...cell.content,
      role: 'P' as const,
      style: { ...cs, background: null, border: 0, borderLeft: 0, padding: [0, 0, 0, 0] as [number, number, number, number], indent: 0 },
    };
    const box = innerBox(cs, x, w);
    // Room kept at the right for decimals the figure lacks (see decimalAlign).
    const inner = { x: box.x, width: Math.max(1, box.width - (pads[i] ?? 0)) };
    const laid = measureStack(layoutParagraph(bare, { x: inner.x, width: inner.width, struct: td }, ctx));
    const top = cs.padding[0] + cs.border;
    cells.push({ items: shiftItems(laid.items, top), height: laid.height + top + cs.padding[2] + cs.border, x, w, style: cs });
    x += w;
  });
  const [pt, , pb] = row.style.padding;
  const inside = Math.max(0, ...cells.map((c) => c.height));
  const total = widths.reduce((a, b) => a + b, 0);
  const items: DrawItem[] = [];
  const rowDeco = boxDecorator(row.style, x0, total);
  if (rowDeco) items.push(...rowDeco(0, inside + pt + pb));
  for (const c of cells) {
    const deco = boxDecorator(c.style, c.x, c.w);
    if (deco) items.push(...deco(pt, pt + inside));
  }
  for (const c of cells) items.push(...shiftItems(c.items, pt));
  return leaf(inside + pt + pb, items);
}

/**
 * Body rows with the first two and the last two held together, so that no
 * page holds a single row of a table, at its foot or at its head.
 */
function keepEnds(body: readonly Leaf[]): Fragment[] {
  if (body.length < 2) return [...body];
  if (body.length <= 3) return [group([...body], { keepTogether: true })];
  const n = body.length;
  return [group(body.slice(0, 2), { keepTogether: true }), ...body.slice(2, n - 2), group(body.slice(n - 2), { keepTogether: true })];
}

/** The «continued» line: the header cells' type, italic, at the right. */
function continuedLeaf(t: StyledTable, inner: { x: number; width: number }, ctx: LayoutContext): Leaf[] {
  const base = t.head[0]?.cells[0]?.content ?? t.body[0]?.cells[0]?.content;
  if (!base || !t.continued) return [];
  const style = {
    ...base.style,
    bold: false,
    italic: true,
    align: 'right' as const,
    background: null,
    border: 0,
    borderLeft: 0,
    padding: [0, 0, 2, 0] as [number, number, number, number],
    indent: 0,
  };
  const p = { ...base, role: 'P' as const, style, inlines: [{ kind: 'text' as const, text: t.continued, style }] };
  const laid = measureStack(layoutParagraph(p, { x: inner.x, width: inner.width, struct: 'artifact' }, ctx));
  return [leaf(laid.height, laid.items)];
}

/** A table: rows are unbreakable leaves; the header rows repeat on every page it continues on. */
export function layout(t: StyledTable, box: BlockBox, ctx: LayoutContext): Fragment[] {
  const struct = ctx.structure.add(box.struct, 'Table');
  const inner = innerBox(t.style, box.x, box.width);
  const count = columnCount(t);
  const specs = t.columns.length >= count ? t.columns : [...t.columns, ...Array.from({ length: count - t.columns.length }, () => ({ share: 1 }))];
  const pads = decimalPads(t, ctx);
  const padOf = (i: number): number => Math.max(0, ...pads.map((row) => row[i] ?? 0));
  const wants = (ctx.tableWants?.get(t) ?? columnWants(t, ctx)).map((w, i) => w + padOf(i));
  const widths = fitColumns(columnWidths(specs, inner.width, 0), wants);
  const thead = t.head.length ? ctx.structure.add(struct, 'THead') : struct;
  const header = t.head.map((r) => rowLeaf(r, widths, inner.x, ctx, thead));
  const tbody = ctx.structure.add(struct, 'TBody');
  const body = t.body.map((r, k) => rowLeaf(r, widths, inner.x, ctx, tbody, pads[k]));
  // Later pages repeat the header rows as decoration (the tagged header is the first one),
  // under the table's «continued» line when it has one.
  const caption = t.continued ? continuedLeaf(t, inner, ctx) : [];
  const repeat = [...caption, ...header].map((h) =>
    leaf(
      h.height,
      h.items.map((it) => ({ ...it, struct: 'artifact' as const })),
    ),
  );
  const rows = keepEnds(body);
  const children: Fragment[] = header.length ? [group(header, { keepTogether: true, keepWithNext: true }), ...rows] : rows;
  return [
    group(children, {
      padTop: t.style.padding[0] + t.style.border,
      padBottom: t.style.padding[2] + t.style.border,
      decorate: boxDecorator(t.style, box.x, box.width),
      repeat,
      keepWithNext: t.style.keepWithNext,
      keepWithPrevious: t.style.keepWithPrevious,
    }),
  ];
}

function scaleRow(r: StyledTableRow, f: number): StyledTableRow {
  return { style: scaleStyle(r.style, f), cells: r.cells.map((c) => ({ header: c.header, content: scaleParagraph(c.content, f) })) };
}

export function scale(t: StyledTable, f: number): StyledTable {
  return {
    ...t,
    style: scaleStyle(t.style, f),
    columns: t.columns.map((w) => scaleWidth(w, f)),
    head: t.head.map((r) => scaleRow(r, f)),
    body: t.body.map((r) => scaleRow(r, f)),
  };
}
