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
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length < 24 || signature.some((byte, i) => data[i] !== byte)) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') return null;
  return positive({ width: view.getUint32(16), height: view.getUint32(20) });
}
