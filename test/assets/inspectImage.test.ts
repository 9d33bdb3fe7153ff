/** The one image check: limits read from the header before decoding, then the whole image. */
import { describe, expect, it } from 'vitest';
import { inspectImage } from '../../src/assets/inspectImage.js';
import { LIMITS } from '../../src/diagnostics/limits.js';
import { makePng, makePngDeclaring, makeUseFanOut, TINY_JPEG } from './makeImages.js';

const svg = (body: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${body}</svg>`);

describe('raster images', () => {
  it('accepts a whole PNG and a whole JPEG, with their pixel sizes', () => {
    expect(inspectImage(makePng(3, 2))).toEqual({ ok: true, kind: 'png', width: 3, height: 2 });
    expect(inspectImage(TINY_JPEG)).toMatchObject({ ok: true, kind: 'jpeg', width: 17, height: 24 });
  });

  it('refuses 20000 × 20000 and 2³¹ × 2³¹ PNGs from the header, before their data is read', () => {
    for (const side of [20_000, 2 ** 31 - 1]) {
      const verdict = inspectImage(makePngDeclaring(side, side, 100));
      expect(verdict).toMatchObject({ ok: false, limit: true });
      expect(!verdict.ok && verdict.reason).toMatch(/пикселей/);
    }
    // within the side limit, past the pixel count
    expect(inspectImage(makePngDeclaring(9000, 9000, 100))).toMatchObject({ ok: false, limit: true });
  });

  it('refuses a 0 × 0 PNG, a PNG with less or more data than its header says, and a truncated one', () => {
    expect(inspectImage(makePngDeclaring(0, 0, 0))).toMatchObject({ ok: false, limit: false });
    expect(inspectImage(makePngDeclaring(100, 100, 100))).toMatchObject({ ok: false, limit: false });
    expect(inspectImage(makePngDeclaring(10, 10, 10 * 31 * 1000))).toMatchObject({ ok: false, limit: false });
    const whole = makePng(40, 40);
    expect(inspectImage(whole.subarray(0, whole.length - 20))).toMatchObject({ ok: false });
    expect(inspectImage(makePng(4, 4, true, true))).toMatchObject({ ok: false });
  });

  it('never inflates past the size the header promises (a bomb within the limits stops there)', () => {
    const verdict = inspectImage(makePngDeclaring(1000, 1000, 50_000_000));
    expect(verdict).toMatchObject({ ok: false });
    expect(!verdict.ok && verdict.reason).toMatch(/больше, чем заявлено/);
  });

  it('refuses a truncated JPEG (header only, or cut in its scan)', () => {
    expect(inspectImage(TINY_JPEG.subarray(0, 200))).toMatchObject({ ok: false });
    expect(inspectImage(TINY_JPEG.subarray(0, TINY_JPEG.length - 30))).toMatchObject({ ok: false });
    expect(inspectImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]))).toMatchObject({ ok: false });
  });
});

describe('SVG', () => {
  it('counts elements with every <use> expanded: a 10¹⁹ fan-out is refused, a small one accepted', () => {
    expect(inspectImage(Buffer.from(makeUseFanOut(3, 3)))).toMatchObject({ ok: true, kind: 'svg' });
    const bomb = inspectImage(Buffer.from(makeUseFanOut(10, 19)));
    expect(bomb).toMatchObject({ ok: false, limit: true });
    expect(!bomb.ok && bomb.reason).toMatch(/элементов/);
  });

  it('refuses 50,000 nested <g>, <use> that repeats itself, and a deep chain of <use>', () => {
    expect(inspectImage(svg(`${'<g>'.repeat(50_000)}<rect/>${'</g>'.repeat(50_000)}`))).toMatchObject({ ok: false, limit: true });
    expect(inspectImage(svg('<g id="a"><use href="#a"/></g>'))).toMatchObject({ ok: false, limit: false });
    expect(inspectImage(Buffer.from(makeUseFanOut(1, LIMITS.svgDepth + 5)))).toMatchObject({ ok: false, limit: true });
  });

  it('checks data: images like files: a 20000 × 20000 PNG inside is refused, a broken one is left to drawing', () => {
    const big = makePngDeclaring(20_000, 20_000, 100).toString('base64');
    expect(inspectImage(svg(`<image href="data:image/png;base64,${big}"/>`))).toMatchObject({ ok: false, limit: true });
    expect(inspectImage(svg('<image href="data:image/png;base64,AAAA"/>'))).toMatchObject({ ok: true });
    const small = makePng(2, 2).toString('base64');
    expect(inspectImage(svg(`<image href="data:image/png;base64,${small}"/>`))).toMatchObject({ ok: true });
  });

  it('reads a broken tag in time that grows with the file, not faster', () => {
    // 200,000 «<a x="» with no «>» and no closing quote: one pass, not one pass per «<»
    const text = `${'<a x="'.repeat(200_000)}`;
    const verdict = inspectImage(svg(text));
    expect(verdict, JSON.stringify(verdict)).toMatchObject({ ok: true });
    // and the nesting of real open tags is counted
    expect(inspectImage(svg('<a x=">'.repeat(20_000)))).toMatchObject({ ok: false, limit: true });
  });
});
