import { basename } from 'node:path';
import { BriefingError } from '../diagnostics/briefingError.js';
import type { ImageItem } from '../layout/types.js';
import type { PreparedImage } from './prepareImages.js';
import type { DrawContext, Drawer } from './drawContext.js';
import { faceVariant } from '../assets/fontVariant.js';
import { dataImageLink } from './svgDataImages.js';

/**
 * The font for text inside an SVG: the variant asked for of the library's
 * first font (the theme's primary font), or that font itself.
 */
function svgFont(ctx: DrawContext, bold: boolean, italic: boolean): string {
  const first = ctx.fonts.fontIds[0] ?? '';
  const wanted = `${first.replace(/-[^-]*$/, '')}-${faceVariant({ bold, italic })}`;
  return ctx.fonts.fontIds.includes(wanted) ? wanted : first;
}

function drawSvg(ctx: DrawContext, item: ImageItem, image: Extract<PreparedImage, { kind: 'svg' }>): void {
  const { svg, images } = image;
  ctx.pdf.save();
  try {
    drawSvgContent(ctx, item, image, svg, images);
  } catch (error) {
    // svg-to-pdfkit and pdfkit refuse what they cannot write (a coordinate of 1e308…).
    const why = error instanceof Error ? error.message : String(error);
    throw new BriefingError([
      {
        code: 'bad-image',
        severity: 'error',
        message: `рисунок «${basename(item.src)}» не удалось нарисовать: в нём ${/number/i.test(why) ? 'число, которое нельзя записать в PDF' : 'то, что нельзя нарисовать'}`,
        hint: 'сохраните SVG заново в графическом редакторе или возьмите PNG',
      },
    ]);
  }
  ctx.pdf.restore();
}

function drawSvgContent(ctx: DrawContext, item: ImageItem, image: Extract<PreparedImage, { kind: 'svg' }>, svg: string, images: ReadonlySet<string>): void {
  image.draw(ctx.pdf as unknown as Parameters<typeof image.draw>[0], svg, item.x, item.y, {
    width: item.width,
    height: item.height,
    preserveAspectRatio: 'xMidYMid meet',
    // 1 SVG px = 1 pt, as the image library measures it.
    assumePt: true,
    // registered here: a document registers only the fonts its own text is drawn in
    fontCallback: (_family, bold, italic) => ctx.useFont(svgFont(ctx, bold, italic)),
    // Only the PNGs and JPEGs inside the SVG itself, embedded beforehand; never a file the
    // SVG names. '' is no image: pdfkit fails to open it, svg-to-pdfkit draws nothing there.
    imageCallback: (href) => {
      const link = dataImageLink(href);
      return link !== null && images.has(link) ? link : '';
    },
    // The library prints nothing.
    warningCallback: () => undefined,
  });
}

/** An image fitted into its box (centred, proportions kept). */
export const drawImage: Drawer<ImageItem> = (ctx, item) => {
  const image = ctx.images.get(item.src);
  if (!image) throw new Error(`briefing: image ${item.src} was not prepared`);
  if (image.kind === 'svg') {
    drawSvg(ctx, item, image);
    return;
  }
  ctx.pdf.image(item.src, item.x, item.y, {
    fit: [item.width, item.height],
    align: 'center',
    valign: 'center',
  });
};
