import { describe, expect, it, vi } from 'vitest';
import type { LaidOutDocument } from '../../src/layout/types.js';
import { renderPdf } from '../../src/render/renderPdf.js';
import { fonts, marks, sampleDocument, sans, sansBold, textLine } from './sampleDocument.js';
import { referenceDrawText } from './referenceDrawText.js';

/** While set, text is drawn the way it was before layout placed the glyphs: pdfkit shapes and places it itself. */
const through = vi.hoisted(() => ({ pdfkit: false, calls: 0 }));

vi.mock('../../src/render/drawText.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/render/drawText.js')>();
  return {
    drawText: (...args: Parameters<typeof original.drawText>) => (through.pdfkit ? (through.calls++, referenceDrawText(...args)) : original.drawText(...args)),
  };
});

/** The sample document, and a page of what pdfkit's own text path handles apart: clusters no font has, word spacing around them. */
function document(): LaidOutDocument {
  const doc = sampleDocument();
  const odd = [
    ...textLine(sans, 'Знак 中 и 漢字 в строке', 56, 80, 11, 4),
    ...textLine(sansBold, 'Разрядка 中 между  словами e\u0301 и 1\u00A0263', 56, 100, 12, 4, { wordSpacing: 4.25 }),
    ...textLine(sans, 'Обычный текст с «кавычками» — и тире', 56.123456789, 120.987654321, 9.5, 4, { wordSpacing: 0.333 }),
    // Marks moved off the baseline (a Tm each), between kerned and plain glyphs.
    ...textLine(marks, 'Te\u0301 AVe\u0301\u0301 и\u0306й а\u0300 x\u0323y', 56, 140, 11, 4, { color: '#1F4e79' }),
  ];
  return { ...doc, pages: [...doc.pages, { items: odd }] };
}

async function bothWays(pdfa: boolean): Promise<[Buffer, Buffer]> {
  through.pdfkit = false;
  const direct = await renderPdf(document(), { fonts, pdfa });
  through.pdfkit = true;
  try {
    return [Buffer.from(direct), Buffer.from(await renderPdf(document(), { fonts, pdfa }))];
  } finally {
    through.pdfkit = false;
  }
}

describe('writing the glyphs layout placed', () => {
  it('gives the same bytes as pdfkit shaping and placing the text itself (word spacing, fallback fonts, missing glyphs, several pages)', async () => {
    const replaced = document().pages[2]!.items.flatMap((item) => (item.kind === 'text' ? item.glyphs : []));
    expect(replaced.filter((run) => run.actual !== null).map((run) => run.actual)).toEqual(['中', '漢', '字', '中']);
    through.calls = 0;
    const [direct, viaPdfkit] = await bothWays(false);
    expect(through.calls).toBeGreaterThan(5);
    expect(direct.length).toBeGreaterThan(1000);
    expect(direct.equals(viaPdfkit)).toBe(true);
  });

  it('and for PDF/A', async () => {
    const [direct, viaPdfkit] = await bothWays(true);
    expect(direct.equals(viaPdfkit)).toBe(true);
  });
});
