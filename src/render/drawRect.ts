import type { RectItem } from '../layout/types.js';
import type { Drawer } from './drawContext.js';

/** A rectangle, filled and/or stroked. */
export const drawRect: Drawer<RectItem> = ({ pdf }, item) => {
  const stroke = item.stroke !== null && item.lineWidth > 0 ? item.stroke : null;
  if (item.fill === null && stroke === null) return;
  pdf.rect(item.x, item.y, item.width, item.height);
  if (stroke !== null) pdf.lineWidth(item.lineWidth);
  if (item.fill !== null && stroke !== null) pdf.fillAndStroke(item.fill, stroke);
  else if (item.fill !== null) pdf.fill(item.fill);
  else if (stroke !== null) pdf.stroke(stroke);
};
