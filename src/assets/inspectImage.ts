import { sniffImage } from './sniffImage.js';
import { inspectJpeg, inspectPng, refuse, type ImageVerdict } from './inspectRaster.js';
import { inspectSvg } from './inspectSvg.js';

export type { ImageVerdict } from './inspectRaster.js';

/**
 * The one image check, used when the data file is validated and again
 * before an image is embedded: the kind by content (sniffImage), the size
 * against the limits before anything is decoded, then the whole image
 * (PNG inflated to the size its header promises, JPEG read to its end, SVG
 * elements counted with `<use>` expanded and its `data:` images checked).
 */
export function inspectImage(bytes: Uint8Array): ImageVerdict {
  switch (sniffImage(bytes)) {
    case 'png':
      return inspectPng(bytes);
    case 'jpeg':
      return inspectJpeg(bytes);
    case 'svg':
      return inspectSvg(new TextDecoder('utf-8').decode(bytes));
    case undefined:
      return refuse('это не изображение PNG, JPEG или SVG');
  }
}
