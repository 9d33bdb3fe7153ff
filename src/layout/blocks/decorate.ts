import type { BlockStyle } from '../../style/types.js';
import type { Decorator } from '../fragments.js';
import type { DrawItem } from '../types.js';

/** The box of a block with a background or borders, drawn per page part; null when it has none. */
export function boxDecorator(style: BlockStyle, x: number, width: number): Decorator | null {
  const under = style.borderBottom ?? 0;
  if (!style.background && style.border <= 0 && style.borderLeft <= 0 && under <= 0) return null;
  return (top, bottom) => {
    const items: DrawItem[] = [];
    const h = bottom - top;
    if (style.background || style.border > 0) {
      items.push({
        kind: 'rect',
        x,
        y: top,
        width,
        height: h,
        fill: style.background,
        stroke: style.border > 0 ? style.borderColor : null,
        lineWidth: style.border,
        struct: 'artifact',
      });
    }
    if (style.borderLeft > 0) {
      const lx = x + style.borderLeft / 2;
      items.push({ kind: 'line', x1: lx, y1: top, x2: lx, y2: bottom, color: style.borderColor, width: style.borderLeft, struct: 'artifact' });
    }
    if (under > 0) {
      const ly = bottom - under / 2;
      items.push({ kind: 'line', x1: x, y1: ly, x2: x + width, y2: ly, color: style.borderColor, width: under, struct: 'artifact' });
    }
    return items;
  };
}

/** The box inside padding, border and indent. */
export function innerBox(style: BlockStyle, x: number, width: number): { x: number; width: number } {
  const [, right, , left] = style.padding;
  const ix = x + style.indent + left + style.border + style.borderLeft;
  return { x: ix, width: Math.max(1, width - style.indent - left - right - 2 * style.border - style.borderLeft) };
}
