import SVGtoPDF from 'svg-to-pdfkit';
import type { ImageItem } from '../layout/types.js';
import type { DrawContext, Drawer } from './drawContext.js';
import { faceVariant } from '../assets/fontVariant.js';

/**
 * The font for text inside an SVG: the variant asked for of the library's
 * first font (the theme's primary font), or that font itself.
 */
function svgFont(ctx: DrawContext, bold: boolean, italic: boolean): string {
  const first = ctx.fonts.fontIds[0] ?? '';
  const wanted = `${first.replace(/-[^-]*$/, '')}-${faceVariant({ bold, italic })}`;
  return ctx.fonts.fontIds.includes(wanted) ? wanted : first;
}

function drawSvg(ctx: DrawContext, item: ImageItem, svg: string): void {
  ctx.pdf.save();
  SVGtoPDF(ctx.pdf as unknown as Parameters<typeof SVGtoPDF>[0], svg, item.x, item.y, {
    width: item.width,
    height: item.height,
    preserveAspectRatio: 'xMidYMid meet',
    // 1 SVG px = 1 pt, as the image library measures it.
    assumePt: true,
    fontCallback: (_family, bold, italic) => svgFont(ctx, bold, italic),
    // Only images inside the SVG itself; never a file the SVG names.
    imageCallback: (link) => (link.startsWith('data:') ? link.replace(/\s+/g, '') : ''),
    // The library prints nothing.
    warningCallback: () => undefined,
  });
  ctx.pdf.restore();
}

/** An image fitted into its box (centred, proportions kept). */
export const drawImage: Drawer<ImageItem> = (ctx, item) => {
  const image = ctx.images.get(item.src);
  if (!image) throw new Error(`briefing: image ${item.src} was not prepared`);
  if (image.kind === 'svg') {
    drawSvg(ctx, item, image.svg);
    return;
  }
  ctx.pdf.image(item.src, item.x, item.y, {
    fit: [item.width, item.height],
    align: 'center',
    valign: 'center',
  });
};
