/**
 * Briefings made to break typesetting (seven- to ten-digit figures in cards,
 * long units, narrow cells, English grouping, percentages with `previous`,
 * negatives, one-word lines waiting to happen), rendered and read back line
 * by line from pdf.js text positions: no figure split, no word cut without a
 * hyphen, no justified line other than a paragraph's last ending short.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import { buildView } from '../../src/view/buildView.js';
import { readPdf, type ReadPdf } from '../support/readPdf.js';
import { cutWords, numbersCutAcrossLines, splitFigures, strandedLines, vocabulary } from '../support/readingChecks.js';

const HARD = join(import.meta.dirname, '../fixtures/hard');
const SEED = join(import.meta.dirname, '../../data/astana-2025-12-03.yaml');
const files = [
  ...readdirSync(HARD)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(HARD, f)),
  SEED,
];
const locales = ['ru', 'kk', 'en'].map((l) => readFileSync(join(import.meta.dirname, `../../locales/${l}.json`), 'utf8'));

async function read(path: string): Promise<{ pdf: ReadPdf; figures: string[]; vocab: Set<string> }> {
  const briefing = await loadBriefing(path);
  const view = buildView(briefing);
  const pdf = await readPdf(await renderBriefing(briefing, { format: 'handout' }));
  const figures = [...view.statistics.flatMap((g) => g.items), ...view.legal.flatMap((l) => l.items)].map((f) => f.display);
  return { pdf, figures, vocab: vocabulary(readFileSync(path, 'utf8'), JSON.stringify(view), ...locales) };
}

describe.each(files)('the handout of %s read line by line', (path) => {
  const reading = read(path);

  it('holds every figure (qualifier, value, unit) whole on one line, and no number goes on on the next line', async () => {
    const { pdf, figures } = await reading;
    expect(splitFigures(pdf, figures)).toEqual([]);
    expect(numbersCutAcrossLines(pdf)).toEqual([]);
  });

  it('cuts no word without a hyphen', async () => {
    const { pdf, vocab } = await reading;
    expect(cutWords(pdf, vocab)).toEqual([]);
  });

  it('ends no justified line short inside a paragraph', async () => {
    const { pdf } = await reading;
    expect(strandedLines(pdf)).toEqual([]);
  });

  it('prints negative figures with the minus sign U+2212 and % changes in percentage points', async () => {
    const { pdf } = await reading;
    const text = pdf.pages
      .map((p) => p.text)
      .join('\n')
      .replace(/[\u00A0\u202F]/g, ' ');
    expect(text).not.toMatch(/(^|\s)-\d/m);
    if (path.includes('big-ru')) expect(text).toContain('+6,7 п. п.');
    if (path.includes('big-en')) expect(text).toContain('+3.3 pp');
  });
});

describe('the seed handout', () => {
  it('stays on two pages', async () => {
    const pdf = await readPdf(await renderBriefing(await loadBriefing(SEED), { format: 'handout' }));
    expect(pdf.pages.length).toBe(2);
  });
});
