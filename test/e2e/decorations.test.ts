/**
 * Headers and footers that do not fit their room: set again in smaller type
 * before any line is left out, and a warning when even the smallest type
 * loses lines. Read back from the PDF with pdf.js.
 */
import { describe, expect, it } from 'vitest';
import { expectValidPdf } from '../support/expectValidPdf.js';
import { MINIMAL, renderData } from '../support/briefingFiles.js';
import { textOutside } from '../support/pageArea.js';
import type { PdfPage } from '../support/readPdf.js';

/** The text of a page's bottom band (its footer), items in reading order, joined by spaces. */
function footerText(page: PdfPage): string {
  const band = page.items.filter((i) => i.y > page.height - 60 && i.str.trim() !== '');
  band.sort((a, b) => a.y - b.y || a.x - b.x);
  return band
    .map((i) => i.str)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const longName = 'Департамент полиции города Астаны Министерства внутренних дел Республики Казахстан';

describe('a slide footer longer than its room', () => {
  it('an 82-character organization is printed whole on every slide, in smaller type, with no warning', async () => {
    const { bytes, warnings } = await renderData({ ...MINIMAL, organization: longName, lead: 'Короткий лид.' }, { format: 'slides' });
    const pdf = await expectValidPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    for (const [i, page] of pdf.pages.entries()) {
      if (i === 0) continue; // the title slide carries the organization large
      expect(footerText(page)).toBe(`${longName} ${i + 1}`);
    }
    expect(warnings.filter((w) => /колонтитул/.test(w.message))).toEqual([]);
    expect(textOutside(pdf, 14)).toEqual([]);
  }, 120_000);

  it('one too long for the smallest type loses its last lines with a warning, and nothing is drawn off the page', async () => {
    const organization = Array.from({ length: 12 }, () => longName).join(' — ');
    const { bytes, warnings } = await renderData({ ...MINIMAL, organization, lead: 'Короткий лид.' }, { format: 'slides' });
    const pdf = await expectValidPdf(bytes);
    const cut = warnings.filter((w) => /нижний колонтитул не помещается/.test(w.message));
    expect(cut).toHaveLength(1);
    expect(cut[0]!.severity).toBe('warning');
    expect(textOutside(pdf, 14)).toEqual([]);
    // far too long for smaller type to help: cut at its size, its first line kept
    expect(footerText(pdf.pages[1]!)).toMatch(/^Департамент полиции города Астаны \S/);
  }, 120_000);
});
