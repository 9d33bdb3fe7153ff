import { setPngDpi } from './setPngDpi.js';

/**
 * PNG images of every page of a PDF, at `dpi` dots per inch (an A4 page at
 * 150 dpi is 1240 × 1754 pixels), on a white background. Drawn by pdf.js
 * (pdfjs-dist) onto @napi-rs/canvas; the fonts embedded in the PDF are drawn
 * as outlines, so no font needs to be installed. Both are imported on first
 * use only: a run without `--png` never loads them.
 */
export async function rasterizePdf(pdf: Uint8Array, dpi: number): Promise<Uint8Array[]> {
  const [{ getDocument }, { createCanvas }] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('@napi-rs/canvas')]);
  // pdf.js takes over the buffer it is given: hand it a copy.
  const task = getDocument({ data: pdf.slice(), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  const images: Uint8Array[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context as unknown as Parameters<typeof page.render>[0]['canvasContext'], viewport }).promise;
      images.push(setPngDpi(await canvas.encode('png'), dpi));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return images;
}
