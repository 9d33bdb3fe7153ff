import type { LineItem } from '../layout/types.js';
import type { Drawer } from './drawContext.js';

/** A straight line. */
export const drawLine: Drawer<LineItem> = ({ pdf }, item) => {
  if (item.width <= 0) return;
  pdf.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.width).stroke(item.color);
};
