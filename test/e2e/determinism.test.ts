/**
 * The same input always gives the same bytes, for every format and option,
 * whatever was rendered before in the same process; and every one of these
 * PDFs passes qpdf and pdf.js.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Format } from '../../src/pipeline.js';
import { expectValidPdf } from '../support/expectValidPdf.js';
import { renderFile } from '../support/briefingFiles.js';

const root = resolve(import.meta.dirname, '../..');
const FILES = ['data/almaty-road-safety-2025.yaml', 'data/astana-2025-12-03.yaml'].map((f) => join(root, f));
const FORMATS: Format[] = existsSync(join(root, 'templates/slides/layout.hbs')) ? ['handout', 'slides'] : ['handout'];
const CASES = FORMATS.flatMap((format) => [false, true].map((pdfa) => ({ format, pdfa })));

describe.each(CASES)('same input, same bytes: $format, pdfa $pdfa', ({ format, pdfa }) => {
  it('renders each example twice, with the other one in between, to identical valid PDFs', async () => {
    const first = await Promise.all(FILES.map(async (f) => (await renderFile(f, { format, pdfa })).bytes));
    const again: Uint8Array[] = [];
    for (const f of [...FILES].reverse()) again.unshift((await renderFile(f, { format, pdfa })).bytes);
    FILES.forEach((file, i) => {
      expect(Buffer.from(again[i]!).equals(Buffer.from(first[i]!)), file).toBe(true);
    });
    expect(Buffer.from(first[0]!).equals(Buffer.from(first[1]!))).toBe(false);
    for (const bytes of first) await expectValidPdf(bytes);
  }, 60_000);
});
