import type { ImageSize } from './imageSize.js';

/** Start-of-frame markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** EXIF orientation (1–8) from an APP1 segment, or 1. */
function exifOrientation(data: Uint8Array, start: number, length: number): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = Math.min(start + length, data.length);
  if (start + 14 > end || String.fromCharCode(...data.subarray(start, start + 6)) !== 'Exif\0\0') return 1;
  const tiff = start + 6;
  const little = data[tiff] === 0x49;
  if (!little && data[tiff] !== 0x4d) return 1;
  const u16 = (at: number): number => view.getUint16(at, little);
  const u32 = (at: number): number => view.getUint32(at, little);
  if (u16(tiff + 2) !== 42) return 1;
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > end) return 1;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/**
 * JPEG: width and height from the first start-of-frame marker, swapped for an
 * EXIF orientation that turns the image (5–8), as pdfkit draws it.
 */
export function jpegSize(data: Uint8Array): ImageSize | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let orientation = 1;
  let pos = 2;
  while (pos + 4 <= data.length) {
    if (data[pos] !== 0xff) {
      pos++;
      continue;
    }
    const marker = data[pos + 1] ?? 0;
    if (marker === 0xff || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      pos += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === 0xda) return null;
    const length = view.getUint16(pos + 2);
    if (marker === 0xe1 && orientation === 1) orientation = exifOrientation(data, pos + 4, length - 2);
    if (isStartOfFrame(marker)) {
      if (pos + 9 > data.length) return null;
      const height = view.getUint16(pos + 5);
      const width = view.getUint16(pos + 7);
      if (width <= 0 || height <= 0) return null;
      return orientation > 4 ? { width: height, height: width } : { width, height };
    }
    pos += 2 + length;
  }
  return null;
}
