import { crc32 } from 'node:zlib';

const SIGNATURE_LENGTH = 8;
const IHDR_CHUNK_LENGTH = 4 + 4 + 13 + 4;

/**
 * Writes the resolution into a PNG (a `pHYs` chunk right after `IHDR`), so
 * that an office program places the image at its real size: a page at 150 dpi
 * comes out 21 × 29.7 cm. A PNG that already has one is returned as it is.
 */
export function setPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (chunkTypes(bytes).includes('pHYs')) return png;
  const at = SIGNATURE_LENGTH + IHDR_CHUNK_LENGTH;
  const pixelsPerMetre = Math.round(dpi / 0.0254);
  const chunk = Buffer.alloc(4 + 4 + 9 + 4);
  chunk.writeUInt32BE(9, 0);
  chunk.write('pHYs', 4, 'latin1');
  chunk.writeUInt32BE(pixelsPerMetre, 8);
  chunk.writeUInt32BE(pixelsPerMetre, 12);
  chunk.writeUInt8(1, 16); // unit: the metre
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  return new Uint8Array(Buffer.concat([bytes.subarray(0, at), chunk, bytes.subarray(at)]));
}

/** The types of a PNG's chunks, in order. */
function chunkTypes(bytes: Buffer): string[] {
  const types: string[] = [];
  for (let at = SIGNATURE_LENGTH; at + 8 <= bytes.length; at += 12 + bytes.readUInt32BE(at)) {
    types.push(bytes.toString('latin1', at + 4, at + 8));
  }
  return types;
}
