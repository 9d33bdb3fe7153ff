/** Small images written by hand for tests: a real PNG, JPEG headers, SVG text. */
import { deflateSync } from 'node:zlib';

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, tail]);
}

/**
 * A valid PNG of `width` × `height` pixels: RGBA (with transparency, which
 * pdfkit decodes asynchronously) or RGB, a diagonal gradient; with
 * `corruptPixels` its chunks are sound but its pixel data cannot be inflated.
 */
export function makePng(width: number, height: number, alpha = true, corruptPixels = false): Buffer {
  const channels = alpha ? 4 : 3;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = alpha ? 6 : 2;
  const raw = Buffer.alloc((width * channels + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * channels + 1);
    for (let x = 0; x < width; x++) {
      const at = row + 1 + x * channels;
      raw[at] = (x * 255) / Math.max(1, width - 1);
      raw[at + 1] = (y * 255) / Math.max(1, height - 1);
      raw[at + 2] = 128;
      if (alpha) raw[at + 3] = x < width / 2 ? 255 : 96;
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const pixels = corruptPixels ? Buffer.from('these bytes are not zlib data') : deflateSync(raw);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * The header of a JPEG (SOI, an EXIF APP1 with `orientation`, SOF0 of
 * `width` × `height`): enough to read its size, not to decode it.
 */
export function makeJpegHeader(width: number, height: number, orientation = 1): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  const exif = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), u16(exif.length + 2), exif]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, ...u16(height), ...u16(width), 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, sof, Buffer.from([0xff, 0xd9])]);
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16BE(value);
  return buffer;
}

/** A real, complete baseline JPEG of 17 × 24 pixels (773 bytes, made once with pdftoppm -jpeg). */
export const TINY_JPEG: Buffer = Buffer.from(
  '/9j/4AAQSkZJRgABAQEAAgACAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAYABEDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD2e3ubybUNSiltWEUNwqQPvdd6GKNie4PzMwyOOMdQadpd3c3tnaXM+nzWjzRo7xSTMWjJAJUjHUdOcVVv/BPh3VL6W9vtKtbi5lOXllgR2PGByRngAD6Cm2fgXw3p95FeWelWtvcRHKSxQojKfYgZqronU6KiiipKGNNEpw0iAjsWFIJ4iQBKhJ6AMKKKYElFFFID/9k=',
  'base64',
);

/**
 * A PNG whose IHDR declares `width` × `height` (RGB, 8 bits) and whose pixel
 * data is `pixels` raw bytes of zeros: a «decompression bomb» when the header
 * is large and the data compresses to nothing, a short image when `pixels`
 * is less than the header promises.
 */
export function makePngDeclaring(width: number, height: number, pixels: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(pixels))), chunk('IEND', Buffer.alloc(0))]);
}

/** An SVG whose `<use>` elements repeat each level `fan` times, `levels` deep: fan^levels elements drawn. */
export function makeUseFanOut(fan: number, levels: number): string {
  let defs = '<rect id="u0" width="1" height="1"/>';
  for (let i = 1; i <= levels; i++) defs += `<g id="u${i}">${`<use href="#u${i - 1}"/>`.repeat(fan)}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><defs>${defs}</defs><use href="#u${levels}"/></svg>`;
}
