/**
 * The seed deck in English: the same slides with the words, dates and number
 * format of the language. (One PDF per test file: pdf.js, in one process,
 * can misread the glyphs of a second PDF whose font subsets have the same
 * names.)
 */
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import { readPdf } from '../support/readPdf.js';
import { checkPages, deckText, firstLine, nodesOf } from './deckHelpers.js';

describe('the seed deck in English', () => {
  it('has the same slides with the words, dates and number format of the language', async () => {
    const briefing = { ...(await loadBriefing('data/astana-2025-12-03.yaml')), lang: 'en' as const };
    const pdf = await readPdf(await renderBriefing(briefing, { format: 'slides' }));
    expect(pdf.pages).toHaveLength(13);
    expect(firstLine(pdf, 1)).toBe('Key figures');
    expect(firstLine(pdf, 12)).toBe('Results');
    const text = deckText(pdf);
    expect(text).toContain('1,263');
    expect(text).toContain('3 December 2025');
    expect(text).toContain('(29.7% of 698)');
    expect(firstLine(pdf, 2)).toBe('In brief');
    expect(pdf.lang).toMatch(/^en/);
    checkPages(pdf, expect);
    const alt = nodesOf(pdf.pages[8]!.structTree, 'Figure')[0]?.alt ?? '';
    expect(alt).toContain('Chart');
    expect(alt).toContain('698\u00A0фактов');
  });
});
