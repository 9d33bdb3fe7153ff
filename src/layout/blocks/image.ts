import type { StyledImage } from '../../style/types.js';
import type { BlockBox, LayoutContext } from '../context.js';
import { leaf, type Fragment } from '../fragments.js';
import { scaleStyle } from './scaleParts.js';

export { styleMargins as margins, noMinWidth as minWidth } from './blockKind.js';

/** Largest image height, so that an image always fits a page. */
const MAX_HEIGHT = 400;

/** An image scaled to its given size (or its own proportions), never wider than its box. */
export function layout(img: StyledImage, box: BlockBox, ctx: LayoutContext): Fragment[] {
  const natural = ctx.images.size(img.src);
  const ratio = natural.width > 0 ? natural.height / natural.width : 1;
  let width = img.width ?? (img.height !== null ? img.height / ratio : natural.width);
  let height = img.height ?? width * ratio;
  const scale = Math.min(1, box.width / Math.max(width, 1e-6), MAX_HEIGHT / Math.max(height, 1e-6));
  width *= scale;
  height *= scale;
  const x = img.style.align === 'right' ? box.x + box.width - width : img.style.align === 'center' ? box.x + (box.width - width) / 2 : box.x;
  // An image with its own alt is a Figure; an image directly in a <figure> is that Figure's
  // content (the figure holds the alt); any other image is decoration.
  const inFigure = ctx.structure.roleOf(box.struct) === 'Figure';
  const struct = img.alt ? ctx.structure.add(box.struct, 'Figure', img.alt) : inFigure ? box.struct : 'artifact';
  return [leaf(height, [{ kind: 'image', x, y: 0, width, height, src: img.src, struct }])];
}

export function scale(i: StyledImage, f: number): StyledImage {
  return {
    ...i,
    style: scaleStyle(i.style, f),
    width: i.width === null ? null : i.width * f,
    height: i.height === null ? null : i.height * f,
  };
}
