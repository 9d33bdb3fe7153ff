/**
 * The seed deck in Kazakh: the same slides with the words, dates and number
 * format of the language. (One PDF per test file: pdf.js, in one process,
 * can misread the glyphs of a second PDF whose font subsets have the same
 * names.)
 */
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import { readPdf } from '../support/readPdf.js';
import { checkPages, deckText, firstLine, nodesOf } from './deckHelpers.js';

describe('the seed deck in Kazakh', () => {
  it('has the same slides with the words, dates and number format of the language', async () => {
    const briefing = { ...(await loadBriefing('data/astana-2025-12-03.yaml')), lang: 'kk' as const };
    const pdf = await readPdf(await renderBriefing(briefing, { format: 'slides' }));
    expect(pdf.pages).toHaveLength(13);
    expect(firstLine(pdf, 1)).toBe('Негізгі көрсеткіштер');
    expect(firstLine(pdf, 12)).toBe('Нәтижелер');
    const text = deckText(pdf);
    expect(text).toContain('1 263');
    expect(text).toContain('2025 жылғы 3 желтоқсан');
    expect(text).toContain('(698 ішінен 29,7 %)');
    expect(firstLine(pdf, 2)).toBe('Қысқаша');
    expect(pdf.lang).toMatch(/^kk/);
    checkPages(pdf, expect);
    const alt = nodesOf(pdf.pages[8]!.structTree, 'Figure')[0]?.alt ?? '';
    expect(alt).toContain('диаграммасы');
    expect(alt).toContain('698\u00A0факт');
  });
});
