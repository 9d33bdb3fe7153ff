import { inflateSync } from 'node:zlib';
import { LIMITS, formatLimit } from '../diagnostics/limits.js';
import { jpegSize } from './jpegSize.js';

/** What an image check found: the kind and pixel size, or why it is refused. */
export type ImageVerdict = { ok: true; kind: 'png' | 'jpeg' | 'svg'; width: number; height: number } | { ok: false; reason: string; limit: boolean };

export const refuse = (reason: string, limit = false): ImageVerdict => ({ ok: false, reason, limit });

/** Width and height against LIMITS.imageSide and LIMITS.imagePixels, before anything is decoded. */
export function checkDimensions(width: number, height: number): ImageVerdict | undefined {
  if (!(width > 0 && height > 0)) return refuse(`размер ${width} × ${height} пикселей: у изображения нет ни одной точки`);
  if (width > LIMITS.imageSide || height > LIMITS.imageSide) {
    return refuse(`${formatLimit(width)} × ${formatLimit(height)} пикселей: больше ${formatLimit(LIMITS.imageSide)} по стороне`, true);
  }
  if (width * height > LIMITS.imagePixels) {
    return refuse(`${formatLimit(width)} × ${formatLimit(height)} пикселей: больше ${formatLimit(LIMITS.imagePixels)} точек`, true);
  }
  return undefined;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Bytes of the filtered scanlines a PNG's IDAT must inflate to. */
function rawSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number): number => (w > 0 && h > 0 ? h * (1 + Math.ceil((w * bitsPerPixel) / 8)) : 0);
  if (!interlaced) return rows(width, height);
  let total = 0;
  for (const [x0, y0, dx, dy] of ADAM7) total += rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy));
  return total;
}

/**
 * A PNG checked whole: the size in IHDR against the limits first, then every
 * chunk read to IEND, and the pixel data inflated (never past the size the
 * header promises) and required to be exactly that size.
 */
export function inspectPng(data: Uint8Array): ImageVerdict {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length < 33 || String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') return refuse('повреждённый PNG: нет заголовка IHDR');
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const over = checkDimensions(width, height);
  if (over) return over;
  const bitDepth = data[24] ?? 0;
  const colorType = data[25] ?? 0;
  const channels = CHANNELS[colorType];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(bitDepth)) return refuse('повреждённый PNG: неизвестный тип точек');
  const expected = rawSize(width, height, channels * bitDepth, data[28] === 1);
  const parts: Uint8Array[] = [];
  let pos = 8;
  let ended = false;
  while (pos + 12 <= data.length) {
    const length = view.getUint32(pos);
    const type = String.fromCharCode(...data.subarray(pos + 4, pos + 8));
    if (pos + 12 + length > data.length) break;
    if (type === 'IDAT') parts.push(data.subarray(pos + 8, pos + 8 + length));
    pos += 12 + length;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!ended) return refuse('файл PNG обрезан: нет конца (IEND)');
  if (parts.length === 0) return refuse('в файле PNG нет точек (IDAT)');
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(parts), { maxOutputLength: expected + 1 });
  } catch (error) {
    const big = error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    return refuse(big ? 'данных в PNG больше, чем заявлено в его заголовке' : 'повреждённые данные PNG');
  }
  if (pixels.length !== expected) return refuse(`данные PNG не соответствуют размеру ${width} × ${height}: файл обрезан или повреждён`);
  return { ok: true, kind: 'png', width, height };
}

/**
 * A JPEG checked whole without decoding it: the size of its frame against the
 * limits, every segment to the start of scan, and the end-of-image marker
 * after the scan (a truncated file has none).
 */
export function inspectJpeg(data: Uint8Array): ImageVerdict {
  const size = jpegSize(data);
  if (!size) return refuse('повреждённый JPEG: нет размера кадра');
  const over = checkDimensions(size.width, size.height);
  if (over) return over;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let pos = 2;
  let scan = -1;
  while (pos + 4 <= data.length) {
    if (data[pos] !== 0xff) return refuse('повреждённый JPEG: нарушена структура');
    const marker = data[pos + 1] ?? 0;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    if (marker === 0xda) {
      scan = pos;
      break;
    }
    if (marker === 0xd9) break;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2;
      continue;
    }
    pos += 2 + view.getUint16(pos + 2);
  }
  if (scan < 0) return refuse('файл JPEG обрезан: нет данных изображения');
  let end = data.length;
  while (end > scan && (data[end - 1] === 0 || data[end - 1] === 0x0a || data[end - 1] === 0x0d || data[end - 1] === 0x20)) end--;
  let found = false;
  for (let i = end - 2; i > scan; i--) {
    if (data[i] === 0xff && data[i + 1] === 0xd9) {
      found = true;
      break;
    }
    if (end - i > 64 * 1024) break;
  }
  if (!found) return refuse('файл JPEG обрезан: нет конца изображения');
  return { ok: true, kind: 'jpeg', width: size.width, height: size.height };
}
