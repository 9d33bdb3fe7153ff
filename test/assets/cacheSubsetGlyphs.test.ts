import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glyphComponents } from '../../src/assets/cacheSubsetGlyphs.js';
import { loadFontFile } from '../../src/assets/loadFontFile.js';
import { packageRoot } from '../../src/assets/packageRoot.js';

interface Ttf {
  numGlyphs: number;
  loca: { offsets: number[] };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(id: number): { _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null };
}

const glyfBytes = (font: Ttf, gid: number): Uint8Array => {
  const stream = font._getTableStream('glyf');
  stream.pos += font.loca.offsets[gid]!;
  return stream.readBuffer(font.loca.offsets[gid + 1]! - font.loca.offsets[gid]!);
};

describe('glyphComponents', () => {
  // DejaVu and Noto build accented letters from components; PT Sans has few or none.
  for (const file of ['DejaVuSans.ttf', 'NotoSans-Regular.ttf', 'PTSans-Regular.ttf']) {
    it(`reads every glyph of ${file} as fontkit's decoder does`, () => {
      const font = loadFontFile(join(packageRoot(), 'fonts', file)) as unknown as Ttf;
      let composites = 0;
      for (let gid = 0; gid < font.numGlyphs; gid++) {
        const decoded = font.getGlyph(gid)._decode();
        const expected = decoded && decoded.numberOfContours < 0 ? (decoded.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos })) : null;
        if (expected) composites++;
        expect(glyphComponents(glyfBytes(font, gid)), `${file}, glyph ${gid}`).toEqual(expected);
      }
      if (file !== 'PTSans-Regular.ttf') expect(composites).toBeGreaterThan(100);
    });
  }

  it('leaves a cut-off composite to fontkit (undefined), and reads empty and simple glyphs as null', () => {
    const composite = new Uint8Array([0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x21, 0x00, 0x05, 1]);
    expect(glyphComponents(composite)).toBeUndefined();
    expect(glyphComponents(new Uint8Array([0xff, 0xff, 0, 0]))).toBeUndefined();
    expect(glyphComponents(new Uint8Array(0))).toBeNull();
    expect(glyphComponents(new Uint8Array([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeNull();
    // One component with byte arguments and a 2×2 matrix: 10 + 4 + 2 + 8 bytes.
    const whole = new Uint8Array([0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x80, 0x00, 0x07, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(glyphComponents(whole)).toEqual([{ glyphID: 7, pos: 12 }]);
    expect(glyphComponents(whole.subarray(0, whole.length - 1))).toBeUndefined();
  });
});
