import QRCode from 'qrcode';
/** A QR code as its dark modules: a square of `size` × `size` cells, dark cells as runs [row, column, length]. */
export interface QrView {
  size: number;
  runs: [number, number, number][];
}

/** The QR code of `text` (error correction M) as runs of dark modules per row. */
export function qrMatrix(text: string): QrView {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const runs: [number, number, number][] = [];
  for (let r = 0; r < size; r++) {
    let c = 0;
    while (c < size) {
      if (!modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < size && modules.get(r, c)) c++;
      runs.push([r, start, c - start]);
    }
  }
  return { size, runs };
}
