import type { StyledRule } from '../../style/types.js';
import type { BlockBox } from '../context.js';
import { leaf, type Fragment } from '../fragments.js';
import { scaleStyle } from './scaleParts.js';

export { styleMargins as margins, noMinWidth as minWidth } from './blockKind.js';

/** A horizontal line across the box (decoration). */
export function layout(r: StyledRule, box: BlockBox): Fragment[] {
  const w = r.style.border > 0 ? r.style.border : 0.5;
  const x = box.x + r.style.indent;
  return [leaf(w, [{ kind: 'line', x1: x, y1: w / 2, x2: box.x + box.width, y2: w / 2, color: r.style.borderColor, width: w, struct: 'artifact' }])];
}

export function scale(r: StyledRule, f: number): StyledRule {
  return { ...r, style: scaleStyle(r.style, f) };
}
