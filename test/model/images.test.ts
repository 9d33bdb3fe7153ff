import { TINY_JPEG } from '../assets/makeImages.js';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBriefingFile } from '../../src/model/loadBriefing.js';
import { MAX_IMAGE_BYTES } from '../../src/model/checkImageFile.js';
import { isSvgText, sniffImage, svgExternalRefs } from '../../src/assets/sniffImage.js';
import { dataFile, MINIMAL, PNG_1X1, problemsOf, tempDir, yamlProblems } from './helpers.js';

const SVG = '<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n';
const JPEG = TINY_JPEG;
const withLogo = (logo: string) => [MINIMAL, `logo: ${logo}`].join('\n');

describe('logo and photo files', () => {
  it('resolves logo and photo relative to the data file, to absolute paths', async () => {
    const path = dataFile('b.yaml', [MINIMAL, '    photo: img/photo.png', 'logo: img/logo.svg'].join('\n'), {
      'img/photo.png': PNG_1X1,
      'img/logo.svg': SVG,
    });
    const b = await loadBriefingFile(path);
    expect(b.logo).toBe(join(path, '..', 'img', 'logo.svg'));
    expect(b.speakers[0]?.photo).toBe(join(path, '..', 'img', 'photo.png'));
  });

  it('accepts a JPEG and an SVG with a BOM, DOCTYPE and internal/data references', async () => {
    const svg =
      '\uFEFF<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
      '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#a"/><image href="data:image/png;base64,AAAA"/></svg>';
    const path = dataFile('b.yaml', [MINIMAL, '    photo: p.jpg', 'logo: l.svg'].join('\n'), { 'p.jpg': JPEG, 'l.svg': svg });
    await expect(loadBriefingFile(path)).resolves.toBeTruthy();
  });

  it('a missing logo is a problem with path and line', async () => {
    const problems = await yamlProblems(withLogo('assets/нет-такого.png'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'missing-file', path: 'logo', line: 6, column: 7 });
    expect(problems[0]?.message).toBe('файл не найден: "assets/нет-такого.png"');
  });

  it('a missing photo is a problem with path and line', async () => {
    const problems = await yamlProblems([MINIMAL, '    photo: нет.png'].join('\n'));
    expect(problems[0]).toMatchObject({ code: 'missing-file', path: 'speakers[0].photo', line: 6, column: 12 });
  });

  it('a logo that is not an image is refused by content, whatever its name', async () => {
    const problems = await yamlProblems(withLogo('logo.png'), { 'logo.png': 'это текст, а не картинка' });
    expect(problems[0]).toMatchObject({ code: 'bad-image', path: 'logo', line: 6 });
    expect(problems[0]?.message).toMatch(/не изображение PNG, JPEG или SVG/);
  });

  it('a folder is not an image', async () => {
    const problems = await yamlProblems(withLogo('assets'), { 'assets/x.txt': 'x' });
    expect(problems[0]).toMatchObject({ code: 'bad-image', path: 'logo' });
  });

  it('an SVG that references an external file is refused', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="photo.jpg"/></svg>';
    const problems = await yamlProblems(withLogo('logo.svg'), { 'logo.svg': svg });
    expect(problems[0]).toMatchObject({ code: 'bad-image', path: 'logo', line: 6, column: 7 });
    expect(problems[0]?.message).toBe('SVG "logo.svg" ссылается на внешние файлы: "photo.jpg"');
  });

  it('a file over 10 MB is refused', async () => {
    const dir = tempDir();
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(PNG_1X1);
    writeFileSync(join(dir, 'big.png'), big);
    expect(statSync(join(dir, 'big.png')).size).toBeGreaterThan(10 * 1024 * 1024);
    writeFileSync(join(dir, 'b.yaml'), withLogo('big.png'));
    const problems = await problemsOf(join(dir, 'b.yaml'));
    expect(problems[0]).toMatchObject({ code: 'limit', path: 'logo' });
    expect(problems[0]?.message).toMatch(/слишком большое/);
  });
});

describe('sniffing', () => {
  it('recognises PNG, JPEG and SVG by content', () => {
    expect(sniffImage(PNG_1X1)).toBe('png');
    expect(sniffImage(JPEG)).toBe('jpeg');
    expect(sniffImage(new TextEncoder().encode(SVG))).toBe('svg');
    expect(sniffImage(new TextEncoder().encode('<html><svg/></html>'))).toBeUndefined();
    expect(sniffImage(new TextEncoder().encode('GIF89a'))).toBeUndefined();
  });

  it('wants an <svg root after the prolog', () => {
    expect(isSvgText('  \n<svg>')).toBe(true);
    expect(isSvgText('<svgfoo>')).toBe(false);
    expect(isSvgText('<!-- a --><?xml version="1.0"?><svg/>')).toBe(true);
    expect(isSvgText('text <svg>')).toBe(false);
  });

  it('finds external references in href, xlink:href and url()', () => {
    expect(
      svgExternalRefs('<svg><a href="https://x.kz"/><use xlink:href=\'#a\'/><rect style="fill:url(#g)"/><rect style="fill:url(pattern.svg)"/></svg>'),
    ).toEqual(['https://x.kz', 'pattern.svg']);
  });
});
