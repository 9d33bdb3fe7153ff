/**
 * Logos and photos end to end: checked by content, not by name; an SVG can
 * never make the renderer open another file (not by a link, not by a `data:`
 * link that is really a path, not by an XML entity); the pictures an SVG
 * embeds are drawn, the broken ones left out, and the bytes stay fixed.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefingError } from '../../src/diagnostics/index.js';
import { loadBriefing } from '../../src/pipeline.js';
import { makePng } from '../assets/makeImages.js';
import { expectValidPdf } from '../support/expectValidPdf.js';
import { MINIMAL, renderFile, tempDir, writeBriefingFile } from '../support/briefingFiles.js';
import { pdfObjects } from '../support/pdfObjects.js';

/** The image XObjects of a PDF, as `width×height`. */
function images(bytes: Uint8Array): string[] {
  return [...pdfObjects(bytes).values()]
    .filter((o) => /\/Subtype \/Image\b/.test(o.body) && !/\/SMask\b[\s\S]*\/Decode|\/ColorSpace \/DeviceGray/.test(o.body))
    .map((o) => `${/\/Width (\d+)/.exec(o.body)?.[1]}×${/\/Height (\d+)/.exec(o.body)?.[1]}`);
}

function withLogo(dir: string, name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return writeBriefingFile({ ...MINIMAL, logo: name }, { dir });
}

const svg = (inner: string, head = '') =>
  `${head}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50">${inner}</svg>`;
const dataPng = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

describe('logo and photo files, by content', () => {
  it('draws a PNG whatever its name says', async () => {
    const dir = tempDir();
    const { bytes } = await renderFile(withLogo(dir, 'logo.jpg', makePng(40, 20, false)));
    await expectValidPdf(bytes);
    expect(images(bytes)).toEqual(['40×20']);
  });

  it('refuses a text file named .png, with its path, line and column', async () => {
    const dir = tempDir();
    const error = await loadBriefing(withLogo(dir, 'logo.png', 'not an image')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BriefingError);
    expect((error as BriefingError).problems[0]).toMatchObject({ code: 'bad-image', path: 'logo', line: expect.any(Number), column: expect.any(Number) });
  });

  it('refuses an SVG that links to another file, by any of the ways an SVG can', async () => {
    for (const inner of [
      '<image href="photo.png" width="10" height="10"/>',
      '<use xlink:href="other.svg#a"/>',
      '<rect style="fill:url(http://example.com/p.svg#g)" width="5" height="5"/>',
    ]) {
      const dir = tempDir();
      const error = await loadBriefing(withLogo(dir, 'logo.svg', svg(inner))).catch((e: unknown) => e);
      expect((error as BriefingError).problems?.[0], inner).toMatchObject({ code: 'bad-image', path: 'logo' });
    }
  });
});

describe('what an SVG may draw', () => {
  it('draws the PNGs it embeds, and the same bytes each time (pictures with transparency included)', async () => {
    const dir = tempDir();
    const inner = `<image href="${dataPng(makePng(8, 4))}" width="50" height="25"/><image x="50" href="${dataPng(makePng(6, 6))}" width="50" height="50"/>`;
    const file = withLogo(dir, 'logo.svg', svg(inner));
    const first = (await renderFile(file)).bytes;
    await expectValidPdf(first);
    expect(images(first).sort()).toEqual(['6×6', '8×4']);
    const again = (await renderFile(file)).bytes;
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('leaves out an embedded picture it cannot read, and draws the rest', async () => {
    const dir = tempDir();
    const inner = `<image href="${dataPng(makePng(8, 8, true, true))}" width="10" height="10"/><image href="data:image/png;base64,AAAA" width="10" height="10"/><rect width="10" height="10" fill="#f00"/>`;
    const { bytes } = await renderFile(withLogo(dir, 'logo.svg', svg(inner)));
    await expectValidPdf(bytes);
    expect(images(bytes)).toEqual([]);
  });

  it('never opens a file through a data: link that is really a path', async () => {
    const dir = tempDir();
    // pdfkit reads any image link that is not base64 data as a file path, relative to the working folder.
    const name = `data:secret-${process.pid}.png`;
    writeFileSync(join(process.cwd(), name), makePng(12, 12, false));
    try {
      const inner = `<image href="${name}" width="50" height="50"/><image href="data:image/png,secret.png" width="50" height="50"/>`;
      const { bytes } = await renderFile(withLogo(dir, 'logo.svg', svg(inner)));
      await expectValidPdf(bytes);
      expect(images(bytes)).toEqual([]);
    } finally {
      rmSync(join(process.cwd(), name), { force: true });
    }
  });

  it('draws the text of an SVG logo in the theme’s font, embedded, on the handout and the slides', async () => {
    const dir = tempDir();
    const inner = '<rect width="100" height="50" fill="#1f3b5b"/><text x="5" y="30" font-family="Arial" font-size="14" fill="#fff">ДП Астана</text>';
    for (const format of ['handout', 'slides'] as const) {
      const { bytes } = await renderFile(withLogo(dir, 'logo.svg', svg(inner)), { format });
      const pdf = await expectValidPdf(bytes);
      expect(pdf.pages[0]!.text).toContain('ДП Астана');
      expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    }
  });

  it('refuses an SVG whose numbers cannot be drawn, in Russian, never as an internal error', async () => {
    const dir = tempDir();
    for (const box of ['0 0 1e308 1e308', '0 0 0 0']) {
      const head = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}"><rect width="5" height="5"/></svg>`;
      const error = await loadBriefing(withLogo(dir, 'logo.svg', head)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BriefingError);
      expect((error as BriefingError).problems[0]).toMatchObject({ code: 'bad-image', path: 'logo', line: expect.any(Number) });
      expect((error as BriefingError).problems[0]!.message).toContain('viewBox');
    }
    const inner = await renderFile(withLogo(dir, 'logo.svg', svg('<rect width="1e308" height="5"/>'))).catch((e: unknown) => e);
    expect(inner).toBeInstanceOf(BriefingError);
    expect((inner as BriefingError).problems[0]).toMatchObject({ code: 'bad-image' });
    expect((inner as BriefingError).problems[0]!.message).toMatch(/^рисунок «logo\.svg» не удалось нарисовать/);
  });

  it('does not expand an external XML entity', async () => {
    const dir = tempDir();
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'SECRET-CONTENT');
    const head = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file://${secret}">]>`;
    const file = withLogo(dir, 'logo.svg', svg('<text x="0" y="20" font-size="10">&x;</text>', head));
    const { bytes } = await renderFile(file);
    const pdf = await expectValidPdf(bytes);
    expect(pdf.pages.map((p) => p.text).join('')).not.toContain('SECRET');
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('SECRET');
  });
});
