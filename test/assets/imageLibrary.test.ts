import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageLibrary } from '../../src/assets/imageLibrary.js';
import { makeJpegHeader, makePng } from './makeImages.js';

const dir = mkdtempSync(join(tmpdir(), 'briefing-images-'));
function file(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

describe('imageLibrary', () => {
  const images = imageLibrary();

  it('reads PNG sizes from IHDR', () => {
    expect(images.size(file('a.png', makePng(40, 20)))).toEqual({ width: 40, height: 20 });
  });

  it('reads JPEG sizes from the frame header and turns them with the EXIF orientation', () => {
    expect(images.size(file('a.jpg', makeJpegHeader(300, 200)))).toEqual({ width: 300, height: 200 });
    expect(images.size(file('b.jpg', makeJpegHeader(300, 200, 6)))).toEqual({ width: 200, height: 300 });
  });

  it('reads SVG sizes from width and height, or the viewBox', () => {
    const svg = (attrs: string): string => `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attrs}><rect width="1" height="1"/></svg>`;
    expect(images.size(file('a.svg', svg('width="120" height="60px"')))).toEqual({ width: 120, height: 60 });
    expect(images.size(file('b.svg', svg("viewBox='0 0 300 100'")))).toEqual({ width: 300, height: 100 });
    expect(images.size(file('c.svg', svg('width="150" viewBox="0,0,300,100"')))).toEqual({ width: 150, height: 50 });
    expect(images.size(file('d.svg', svg('width="100%" height="100%" viewBox="0 0 64 32"')))).toEqual({ width: 64, height: 32 });
    const mm = images.size(file('e.svg', svg('width="25.4mm" height="1in"')));
    expect(mm.width).toBeCloseTo(72, 9);
    expect(mm.height).toBe(72);
  });

  it('gives 100 × 100 for what it cannot read', () => {
    expect(images.size(file('x.png', 'not an image'))).toEqual({ width: 100, height: 100 });
    expect(images.size(file('y.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ width: 100, height: 100 });
    expect(images.size(join(dir, 'missing.png'))).toEqual({ width: 100, height: 100 });
  });

  it('reads each path once per process', () => {
    const path = file('cached.png', makePng(10, 10));
    expect(images.size(path)).toEqual({ width: 10, height: 10 });
    writeFileSync(path, makePng(30, 30));
    expect(images.size(path)).toEqual({ width: 10, height: 10 });
    expect(imageLibrary()).toBe(images);
  });

  it('returns a copy the caller may change', () => {
    const path = file('copy.png', makePng(5, 7));
    const size = images.size(path);
    size.width = 999;
    expect(images.size(path)).toEqual({ width: 5, height: 7 });
  });
});
