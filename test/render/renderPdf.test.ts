import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontsDrawn, renderPdf } from '../../src/render/renderPdf.js';
import { isBriefingError } from '../../src/diagnostics/briefingError.js';
import type { LaidOutDocument } from '../../src/layout/types.js';
import { readPdf, type PdfStructNode, type ReadPdf } from '../support/readPdf.js';
import { expectValidPdf } from '../support/expectValidPdf.js';
import { fonts, JUSTIFIED, sampleDocument, textLine, sans } from './sampleDocument.js';
import { makePng } from '../assets/makeImages.js';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

function findRole(node: PdfStructNode | null, role: string): PdfStructNode | undefined {
  if (!node) return undefined;
  if (node.role === role) return node;
  for (const child of node.children ?? []) {
    const found = findRole(child, role);
    if (found) return found;
  }
  return undefined;
}

describe('renderPdf', () => {
  let bytes: Uint8Array;
  let pdf: ReadPdf;

  beforeAll(async () => {
    bytes = await renderPdf(sampleDocument(), { fonts, pdfa: false });
    pdf = await expectValidPdf(bytes);
  });

  it('writes a PDF with the pages of the document at its size', () => {
    expect(latin1(bytes.subarray(0, 8))).toBe('%PDF-1.7');
    expect(pdf.pages).toHaveLength(2);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(595.28, 2);
      expect(page.height).toBeCloseTo(841.89, 2);
    }
  });

  it('draws the text, each fallback run in its font, at the given baseline', () => {
    const [first, second] = pdf.pages;
    expect(first?.text).toContain('Брифинг по безопасности');
    expect(first?.text).toContain('Штраф до 500 000 ₸ за нарушение');
    expect(second?.text).toContain('Қазақстан Республикасы, 2025 жылғы 3 желтоқсан');
    const heading = first?.items.find((item) => item.str === 'Брифинг по безопасности');
    expect(heading).toMatchObject({ fontName: 'PTSans-Bold', x: 56, y: 100 });
    expect(heading?.width).toBeCloseTo(fonts.metrics.measure('PTSans-Bold', 'Брифинг по безопасности') * 20, 2);
    expect(first?.items.find((item) => item.str === '₸')?.fontName).toBe('NotoSans-Regular');
    expect(first?.items.find((item) => item.str.startsWith('Штраф'))?.fontName).toBe('PTSans-Regular');
  });

  it('registers only the fonts its text is drawn in, the ones the PDF names', () => {
    const drawn = [...fontsDrawn(sampleDocument())].sort();
    const named = [...new Set(pdf.pages.flatMap((page) => page.items.filter((item) => item.str.trim() !== '').map((item) => item.fontName)))].sort();
    expect(drawn).toEqual(named);
    expect(drawn).toContain('NotoSans-Regular');
    // The library has fourteen fonts; a fallback font no text needs is never parsed for the document.
    expect(fonts.fontIds.length).toBeGreaterThan(drawn.length + 5);
  });

  it('adds word spacing after each U+0020 only, not after no-break spaces', () => {
    const page = pdf.pages[1];
    // pdf.js (like poppler) extracts every kind of space as U+0020.
    expect(page?.text.replace(/\s+/g, ' ')).toContain('Сумма 46 кг и 1 263 случая за год');
    const natural = fonts.metrics.measure('PTSans-Regular', JUSTIFIED) * 11;
    const spaces = JUSTIFIED.split(' ').length - 1;
    const last = page?.items.find((item) => item.str.endsWith('год') && item.y === 80);
    expect(last).toBeDefined();
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(56 + natural + spaces * 6, 2);
    const number = page?.items.find((item) => item.str.startsWith('1 263'));
    const before = fonts.metrics.measure('PTSans-Regular', 'Сумма 46\u00A0кг и ') * 11 + 3 * 6;
    expect(number?.x).toBeCloseTo(56 + before, 2);
  });

  it('embeds every font, subset', () => {
    const names = pdf.fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toEqual(expect.arrayContaining(['PTSans-Regular', 'PTSans-Bold', 'NotoSans-Regular']));
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
    expect(pdf.fonts.every((font) => /^[A-Z]{6}\+/.test(font.name))).toBe(true);
    const raw = latin1(bytes);
    expect(raw.match(/\/FontFile2 /g)?.length).toBe(pdf.fonts.length);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it('writes the document info, the XMP metadata and the language', () => {
    expect(pdf.info).toMatchObject({
      Title: 'Брифинг: итоги & планы <2025>',
      Author: 'Департамент полиции Павлодарской области',
      Subject: 'Итоги работы за 11 месяцев',
      Keywords: 'брифинг, полиция, статистика',
      Creator: 'briefing',
      Producer: 'briefing',
      CreationDate: 'D:20251203000000Z',
      ModDate: 'D:20251203000000Z',
    });
    expect(pdf.lang).toBe('ru-RU');
    expect(pdf.xmp).toMatchObject({
      'dc:title': 'Брифинг: итоги & планы <2025>',
      'dc:creator': ['Департамент полиции Павлодарской области'],
      'xmp:createdate': '2025-12-03T00:00:00Z',
      'pdf:keywords': 'брифинг, полиция, статистика',
    });
    expect(latin1(bytes)).toContain('/DisplayDocTitle true');
  });

  it('tags the structure: content in its structure element, decoration as artifacts', () => {
    const tree = pdf.pages[0]?.structTree ?? null;
    expect(findRole(tree, 'Document')).toBeDefined();
    expect(findRole(tree, 'H1')?.children).toEqual([expect.objectContaining({ type: 'content' })]);
    expect(findRole(tree, 'Figure')?.alt).toBe('Логотип');
    const raw = latin1(bytes);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
  });

  it('gives byte-identical output for the same input, whatever was rendered between', async () => {
    const other = await renderPdf(sampleDocument('Другой брифинг'), { fonts, pdfa: false });
    const again = await renderPdf(sampleDocument(), { fonts, pdfa: false });
    expect(Buffer.from(other).equals(Buffer.from(bytes))).toBe(false);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('renderPdf: PDF/A', () => {
  it('identifies the file as PDF/A-2a with an sRGB output intent', async () => {
    const bytes = await renderPdf(sampleDocument(), { fonts, pdfa: true });
    await expectValidPdf(bytes);
    const raw = latin1(bytes);
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(raw).toContain('<xmp:ModifyDate>2025-12-03T00:00:00Z</xmp:ModifyDate>');
    const pdf = await readPdf(bytes);
    expect(pdf.xmp?.['dc:title']).toBe('Брифинг: итоги & планы <2025>');
    const again = await renderPdf(sampleDocument(), { fonts, pdfa: true });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('renderPdf: refusals', () => {
  function withItems(items: LaidOutDocument['pages'][number]['items']): LaidOutDocument {
    return { ...sampleDocument(), pages: [{ items }] };
  }

  it('refuses an image it cannot read with a bad-image problem', async () => {
    const broken = join(tmpdir(), `briefing-broken-${process.pid}.png`);
    writeFileSync(broken, Buffer.from('\x89PNG\r\n\x1a\n not really a png', 'latin1'));
    const doc = withItems([{ kind: 'image', x: 0, y: 0, width: 10, height: 10, src: broken, struct: 'artifact' }]);
    const error = await renderPdf(doc, { fonts, pdfa: false }).catch((e: unknown) => e);
    expect(isBriefingError(error)).toBe(true);
    expect((error as { problems: { code: string; file?: string }[] }).problems[0]).toMatchObject({ code: 'bad-image', file: broken });
  });

  it('refuses a PNG whose pixels cannot be inflated (pdfkit would throw out of reach)', async () => {
    const broken = join(tmpdir(), `briefing-corrupt-${process.pid}.png`);
    writeFileSync(broken, makePng(8, 8, true, true));
    const doc = withItems([{ kind: 'image', x: 0, y: 0, width: 10, height: 10, src: broken, struct: 'artifact' }]);
    const error = await renderPdf(doc, { fonts, pdfa: false }).catch((e: unknown) => e);
    expect(isBriefingError(error)).toBe(true);
  });

  it('refuses an item pointing at a structure node that does not exist', async () => {
    const doc = withItems(textLine(sans, 'Текст', 10, 10, 10, 99));
    await expect(renderPdf(doc, { fonts, pdfa: false })).rejects.toThrow(/structure node 99/);
  });
});
