import { hasPngSignature } from './sniffImage.js';

/** Intrinsic image size; 1 px counts as 1 pt. */
export interface ImageSize {
  width: number;
  height: number;
}

function positive(size: ImageSize): ImageSize | null {
  return size.width > 0 && size.height > 0 && Number.isFinite(size.width) && Number.isFinite(size.height) ? size : null;
}

/** PNG: width and height from the IHDR chunk. */
export function pngSize(data: Uint8Array): ImageSize | null {
  if (data.length < 24 || !hasPngSignature(data)) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') return null;
  return positive({ width: view.getUint32(16), height: view.getUint32(20) });
}
