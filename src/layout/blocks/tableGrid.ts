import type { StyledBlock, StyledTable, StyledTableRow } from '../../style/types.js';
import type { LayoutContext } from '../context.js';
import { collectWords } from '../inline/collectWords.js';

/** Columns of a table: its `columns`, or more when a row has more cells. */
export function columnCount(t: StyledTable): number {
  return Math.max(t.columns.length, ...t.head.concat(t.body).map((r) => r.cells.length), 1);
}

/**
 * The width a cell wants: a figure (a right-aligned body cell) all on one line,
 * so that «6 112 транспортных средств» is never divided; other text its widest word.
 */
function cellWant(cell: StyledTableRow['cells'][number], ctx: LayoutContext): number {
  const s = cell.content.style;
  const sides = s.padding[1] + s.padding[3] + 2 * s.border + s.borderLeft + s.indent;
  const words = collectWords(cell.content.inlines, { ...ctx, warn: () => {} }, 'cell');
  if (!cell.header && s.align === 'right') {
    let width = 0;
    words.forEach((w, i) => (width += w.width + (i < words.length - 1 ? (w.spaceAfter?.width ?? 0) : 0)));
    return width + sides;
  }
  return Math.max(0, ...words.map((w) => w.width)) + sides;
}

/** What each column of `t` wants: the most any of its cells wants. */
export function columnWants(t: StyledTable, ctx: LayoutContext): number[] {
  const wants = new Array<number>(columnCount(t)).fill(0);
  for (const r of t.head.concat(t.body)) r.cells.forEach((c, i) => (wants[i] = Math.max(wants[i] ?? 0, cellWant(c, ctx))));
  return wants;
}

/** Every table among `blocks`, in document order, inside containers and row columns too. */
function tablesIn(blocks: readonly StyledBlock[], into: StyledTable[]): StyledTable[] {
  for (const b of blocks) {
    if (b.kind === 'table') into.push(b);
    else if (b.kind === 'container') tablesIn(b.children, into);
    else if (b.kind === 'row') for (const c of b.columns) tablesIn(c.content.children, into);
  }
  return into;
}

/**
 * One column grid for the tables of one `grid` name with the same column
 * specification: each column wants what it wants in any of them, so tables
 * that follow each other set their columns at the same places. Tables
 * without a grid are not measured here (layout measures them itself).
 */
export function sharedGridWants(blocks: readonly StyledBlock[], ctx: LayoutContext): Map<StyledTable, readonly number[]> {
  const byGrid = new Map<string, { tables: StyledTable[]; wants: number[] }>();
  for (const t of tablesIn(blocks, [])) {
    if (!t.grid) continue;
    const key = `${t.grid}\u0000${columnCount(t)}\u0000${JSON.stringify(t.columns)}`;
    const own = columnWants(t, ctx);
    const known = byGrid.get(key);
    if (known) {
      known.tables.push(t);
      own.forEach((w, i) => (known.wants[i] = Math.max(known.wants[i] ?? 0, w)));
    } else {
      byGrid.set(key, { tables: [t], wants: own });
    }
  }
  const out = new Map<StyledTable, readonly number[]>();
  for (const { tables, wants } of byGrid.values()) for (const t of tables) out.set(t, wants);
  return out;
}
