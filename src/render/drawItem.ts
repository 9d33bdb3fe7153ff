import type { DrawItem } from '../layout/types.js';
import type { DrawContext, Drawer } from './drawContext.js';
import { drawText } from './drawText.js';
import { drawRect } from './drawRect.js';
import { drawLine } from './drawLine.js';
import { drawImage } from './drawImage.js';

/** One drawer per item kind; a new kind is one file and one line here. */
const DRAWERS: { [K in DrawItem['kind']]: Drawer<Extract<DrawItem, { kind: K }>> } = {
  text: drawText,
  rect: drawRect,
  line: drawLine,
  image: drawImage,
};

export function drawItem(ctx: DrawContext, item: DrawItem): void {
  const draw = DRAWERS[item.kind] as Drawer<DrawItem>;
  draw(ctx, item);
}
