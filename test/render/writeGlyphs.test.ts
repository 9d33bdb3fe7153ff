import { describe, expect, it } from 'vitest';
import type { FontLibrary } from '../../src/assets/fontLibrary.js';
import { renderPdf } from '../../src/render/renderPdf.js';
import { fonts, sampleDocument } from './sampleDocument.js';

/** The same fonts, but every text goes through pdfkit's own `pdf.text` (the path before glyphs were written directly). */
const throughPdfkit: FontLibrary = {
  metrics: fonts.metrics,
  fontIds: fonts.fontIds,
  font: (id) => fonts.font(id),
  shape: (id, text) => ({ ...fonts.shape(id, text), drawsAll: false }),
};

describe('writing shaped glyphs', () => {
  it('gives the same bytes as pdfkit drawing the text itself (word spacing, fallback fonts, several pages)', async () => {
    const direct = await renderPdf(sampleDocument(), { fonts, pdfa: false });
    const viaPdfkit = await renderPdf(sampleDocument(), { fonts: throughPdfkit, pdfa: false });
    expect(direct.length).toBeGreaterThan(1000);
    expect(Buffer.from(direct).equals(Buffer.from(viaPdfkit))).toBe(true);
  });

  it('and for PDF/A', async () => {
    const direct = await renderPdf(sampleDocument(), { fonts, pdfa: true });
    const viaPdfkit = await renderPdf(sampleDocument(), { fonts: throughPdfkit, pdfa: true });
    expect(Buffer.from(direct).equals(Buffer.from(viaPdfkit))).toBe(true);
  });
});
