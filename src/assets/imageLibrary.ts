import { readFileSync } from 'node:fs';
import type { ImageMetrics } from '../layout/types.js';
import { pngSize, type ImageSize } from './imageSize.js';
import { jpegSize } from './jpegSize.js';
import { svgSize } from './svgSize.js';
import { sniffImage } from './sniffImage.js';

/** Intrinsic sizes of PNG, JPEG and SVG files, read once per path per process. */
export type ImageLibrary = ImageMetrics;

/** The size of an image whose format or size cannot be read. */
export const DEFAULT_IMAGE_SIZE: Readonly<ImageSize> = Object.freeze({ width: 100, height: 100 });

const sizes = new Map<string, Readonly<ImageSize>>();

function readSize(src: string): ImageSize | null {
  let data: Uint8Array;
  try {
    data = readFileSync(src);
  } catch {
    return null;
  }
  const type = sniffImage(data);
  return type === undefined ? null : SIZERS[type](data);
}

/** How the size of each kind of image is read (an SVG from its first 64 KB). */
const SIZERS: Record<NonNullable<ReturnType<typeof sniffImage>>, (data: Uint8Array) => ImageSize | null> = {
  png: pngSize,
  jpeg: jpegSize,
  svg: (data) => svgSize(new TextDecoder().decode(data.subarray(0, 64 * 1024))),
};

function size(src: string): { width: number; height: number } {
  const known = sizes.get(src);
  if (known) return { ...known };
  const found = Object.freeze(readSize(src) ?? DEFAULT_IMAGE_SIZE);
  sizes.set(src, found);
  return { ...found };
}

/** Forgets every size read (the startup snapshot keeps none: see scripts/snapshot-entry.js). */
export function forgetImageSizes(): void {
  sizes.clear();
}

const library: ImageLibrary = Object.freeze({ size });

/** The image library: intrinsic sizes in pt (1 px = 1 pt), 100 × 100 when unknown. */
export function imageLibrary(): ImageLibrary {
  return library;
}
