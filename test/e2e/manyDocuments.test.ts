/**
 * A reader that opens many of our PDFs in one process (as a test suite or an
 * indexer does) must read each one right: fonts of different documents must
 * never be taken for one another.
 */
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import { readPdf } from '../support/readPdf.js';

const flat = (t: string) => t.replace(/[\s\u00A0]+/g, ' ');

describe('many documents read in one process', () => {
  it('gives every document its own text back', async () => {
    const seed = await loadBriefing('data/astana-2025-12-03.yaml');
    const almaty = await loadBriefing('data/almaty-road-safety-2025.yaml');
    const english = { ...seed, lang: 'en' as const, title: 'Key figures of the year' };
    const docs = [
      { bytes: await renderBriefing(english, { format: 'slides' }), expect: ['Key figures of the year', 'Key figures', '3 December 2025'] },
      { bytes: await renderBriefing(seed), expect: ['698 фактов', 'Алия Кибаткызы', 'Синтетические наркотики'] },
      { bytes: await renderBriefing(almaty), expect: ['Ерлан Сейткалиев', 'Телефон доверия'] },
      { bytes: await renderBriefing(seed, { format: 'slides' }), expect: ['698', 'Ключевые цифры', 'Кибаткызы'] },
      { bytes: await renderBriefing(almaty, { format: 'slides' }), expect: ['Сейткалиев'] },
      { bytes: await renderBriefing(english), expect: ['Key figures of the year', '3 December 2025', '1,263'] },
    ];
    for (const d of docs) {
      const pdf = await readPdf(d.bytes);
      const text = flat(pdf.pages.map((p) => p.text).join(' '));
      for (const e of d.expect) expect(text).toContain(e);
    }
  });
});
