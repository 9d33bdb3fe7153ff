import { qrMatrix } from '../../assets/qrMatrix.js';
import type { StyledQr } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { leaf, type Fragment } from '../fragments.js';
import type { DrawItem } from '../types.js';

export { styleMargins as margins, noMinWidth as minWidth } from './blockKind.js';

/** Light modules around the code that a reader needs (the quiet zone), in cells. */
const QUIET = 2;

/**
 * A QR code of the value as vector squares (one per run of dark cells in a
 * row), `size` pt square with its quiet zone, never wider than its box. With
 * `alt` it is a Figure, else decoration.
 */
export function layout(q: StyledQr, box: BlockBox, ctx: LayoutContext): Fragment[] {
  const code = qrMatrix(q.value);
  const size = Math.min(q.size, box.width);
  const cell = size / (code.size + 2 * QUIET);
  const x0 = box.x + (q.style.align === 'right' ? box.width - size : q.style.align === 'center' ? (box.width - size) / 2 : 0) + QUIET * cell;
  const struct = q.alt ? ctx.structure.add(box.struct, 'Figure', q.alt) : 'artifact';
  const color = q.style.color;
  const items: DrawItem[] = code.runs.map(([r, c, n]) => ({
    kind: 'rect',
    x: x0 + c * cell,
    y: (QUIET + r) * cell,
    width: n * cell,
    height: cell * 1.04,
    fill: color,
    stroke: null,
    lineWidth: 0,
    struct,
  }));
  return [leaf(size + q.style.marginBottom, items)];
}

/** A code stays large enough to scan. */
export function scale(q: StyledQr): StyledQr {
  return q;
}
