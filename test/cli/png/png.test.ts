import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { join, resolve } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { setPngDpi } from '../../../src/cli/png/setPngDpi.js';
import { readPdf } from '../../support/readPdf.js';
import { captureIo, listDir, makeTree } from '../fakes.js';

const root = resolve(import.meta.dirname, '../../..');
const seed = join(root, 'data/astana-2025-12-03.yaml');

/** Width, height and dots per inch (from pHYs) of a PNG. */
function pngInfo(png: Buffer): { width: number; height: number; dpi: number | undefined } {
  const at = png.indexOf('pHYs', 8, 'latin1');
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    dpi: at < 0 ? undefined : Math.round(png.readUInt32BE(at + 4) * 0.0254),
  };
}

/** Share of pixels darker than light grey in a band of rows (0–1 of the height). */
async function inkShare(png: Buffer, from: number, to: number): Promise<number> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const y0 = Math.floor(image.height * from);
  const { data } = context.getImageData(0, y0, image.width, Math.floor(image.height * to) - y0);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 160) ink++;
  return ink / (data.length / 4);
}

describe('render --png', () => {
  it('writes one image per page beside the PDF, at the resolution asked, that shows the page', async () => {
    const out = await makeTree({ 'astana-2025-12-03.handout-9.png': 'a page the document no longer has' });
    const io = captureIo();
    expect(await runCli(['render', seed, '--out', out, '--png-dpi', '72'], io)).toBe(0);
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'astana-2025-12-03.handout.pdf'))));
    const pages = pdf.pages.length;
    const expected = ['astana-2025-12-03.handout.pdf', ...Array.from({ length: pages }, (_, i) => `astana-2025-12-03.handout-${i + 1}.png`)];
    expect(await listDir(out)).toEqual(expected.sort());
    expect(io.stdout).toContain(`записан ${join(out, 'astana-2025-12-03.handout-1.png')}`);

    const first = await readFile(join(out, 'astana-2025-12-03.handout-1.png'));
    // A4 is 595.28 × 841.89 pt: at 72 dpi one pixel per point
    expect(pngInfo(first)).toEqual({ width: 595, height: 842, dpi: 72 });
    // the title band has ink, and the white margin above the header has none
    expect(await inkShare(first, 0.08, 0.14)).toBeGreaterThan(0.03);
    expect(await inkShare(first, 0, 0.02)).toBe(0);
  }, 60_000);

  it('deletes the images of a file that is refused', async () => {
    const dir = await makeTree({
      'x.yaml': 'title: без даты\n',
      'out/x.handout-1.png': 'old',
      'out/x.handout.pdf': 'old',
      'out/xy.handout-1.png': 'other file',
    });
    const io = captureIo();
    expect(await runCli(['render', join(dir, 'x.yaml'), '--out', join(dir, 'out'), '--png'], io)).toBe(1);
    expect(await listDir(join(dir, 'out'))).toEqual(['xy.handout-1.png']);
    expect(io.stderr.join('\n')).toContain(`удалён ${join(dir, 'out', 'x.handout-1.png')}`);
  }, 60_000);
});

describe('setPngDpi', () => {
  it('adds a pHYs chunk once, with a valid checksum', async () => {
    const canvas = createCanvas(4, 3);
    const png = await canvas.encode('png');
    expect(pngInfo(png).dpi).toBeUndefined();
    const marked = Buffer.from(setPngDpi(png, 150));
    expect(pngInfo(marked)).toEqual({ width: 4, height: 3, dpi: 150 });
    expect(Buffer.from(setPngDpi(marked, 300))).toEqual(marked);
    const at = marked.indexOf('pHYs', 8, 'latin1');
    expect(marked.readUInt32BE(at + 13)).toBe(crc32(marked.subarray(at, at + 13)));
    expect(marked.indexOf('pHYs', at + 4, 'latin1')).toBe(-1);
    expect((await loadImage(marked)).width).toBe(4); // a decoder accepts it
  });
});
