/**
 * Pages that end well: the seed with contacts, footnotes and a section whose
 * length grows sentence by sentence, so that the page breaks fall everywhere.
 * No page may begin with the source line, the contacts or a table's notes
 * alone: each takes the end of what precedes it along (keepWithPrevious).
 */
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import { readPdf } from '../support/readPdf.js';
import { pageSegments } from '../support/readingChecks.js';
import { richerSeed } from '../support/seedVariants.js';
import { writeBriefingFile } from '../support/briefingFiles.js';

const SENTENCE = 'Сотрудники полиции провели профилактические беседы с жителями города. ';
const LENGTHS = Array.from({ length: 64 }, (_, k) => k);
const HEADER_BAND = 45;
const FOOTER_BAND = 30;

/** Each page's body lines (without the running header and footer), top to bottom. */
async function bodyLines(k: number): Promise<string[][]> {
  const data = richerSeed();
  (data['sections'] as unknown[]).push({ title: 'Дополнительно', text: SENTENCE.repeat(k) || 'Текст.' });
  const pdf = await readPdf(await renderBriefing(await loadBriefing(writeBriefingFile(data)), { format: 'handout' }));
  return pageSegments(pdf).map((segs, i) => {
    const h = pdf.pages[i]!.height;
    const body = segs.filter((s) => s.y > HEADER_BAND && s.y < h - FOOTER_BAND);
    const rows = [...new Set(body.map((s) => Math.round(s.y)))];
    return rows.map((y) =>
      body
        .filter((s) => Math.round(s.y) === y)
        .map((s) => s.text)
        .join(' | '),
    );
  });
}

describe('pages that end well, whatever the length of the text before the end', () => {
  const tails = [/^По материалам BAQ\.KZ/, /^Контакты/, /^\d\s*(По данным экспертизы|Сумма на 1 декабря)/];
  it.each(LENGTHS)('with %i sentences more, no page begins with the source line, the contacts or a table note', async (k) => {
    const pages = await bodyLines(k);
    const bad = pages
      .slice(1)
      .map((rows, i) => `page ${i + 2}: ${rows[0] ?? ''}`)
      .filter((line) => tails.some((t) => t.test(line.replace(/^page \d+: /, ''))));
    expect(bad).toEqual([]);
    expect(pages[pages.length - 1]!.length).toBeGreaterThanOrEqual(4);
  });
});
