import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFontFile } from '../../src/assets/loadFontFile.js';
import { packageRoot } from '../../src/assets/packageRoot.js';
import { createTextShaper } from '../../src/assets/shapeText.js';

const font = loadFontFile(join(packageRoot(), 'fonts/PTSans-Regular.ttf'));

describe('createTextShaper', () => {
  it('measures as fontkit lays out, piece by piece cut after spaces', () => {
    const shaper = createTextShaper(font);
    const expected = ['Штраф ', 'до ', '500'].reduce((w, p) => w + font.layout(p).advanceWidth / font.unitsPerEm, 0);
    expect(shaper.measure('Штраф до 500')).toBe(expected);
    const shaped = shaper.shape('Штраф до 500');
    expect(shaped.pieces).toHaveLength(3);
    expect(shaped.pieces.flatMap((p) => p.glyphs.map((g) => g.id))).toEqual(['Штраф ', 'до ', '500'].flatMap((p) => font.layout(p).glyphs.map((g) => g.id)));
    expect(shaped.drawsAll).toBe(true);
  });

  it('shapes a piece once: the second request returns the same glyphs object', () => {
    const shaper = createTextShaper(font);
    const first = shaper.shape('Брифинг ');
    expect(shaper.shape('Брифинг ').pieces[0]).toBe(first.pieces[0]);
  });

  it('is bounded: many distinct words never hold more than its limit', () => {
    const shaper = createTextShaper(font, 50);
    for (let i = 0; i < 2_000; i++) {
      shaper.measure(`слово${i}`);
      expect(shaper.size).toBeLessThanOrEqual(50);
    }
  });

  it('says when a character has no glyph in the font', () => {
    expect(createTextShaper(font).shape('中文').drawsAll).toBe(false);
  });
});
