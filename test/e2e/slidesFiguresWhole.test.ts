/**
 * The slide decks of the briefings made to break typesetting, read back line
 * by line from pdf.js text positions: no figure split across lines, no word
 * cut without a hyphen (the handout's checks, on the 16:9 pages).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import { buildView } from '../../src/view/buildView.js';
import { readPdf, type ReadPdf } from '../support/readPdf.js';
import { cutWords, numbersCutAcrossLines, splitFigures, vocabulary } from '../support/readingChecks.js';

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
  const pdf = await readPdf(await renderBriefing(briefing, { format: 'slides' }));
  const figures = [...view.statistics.flatMap((g) => g.items), ...view.legal.flatMap((l) => l.items)].map((f) => f.display);
  return { pdf, figures, vocab: vocabulary(readFileSync(path, 'utf8'), JSON.stringify(view), ...locales) };
}

describe.each(files)('the slides of %s read line by line', (path) => {
  const reading = read(path);

  it('hold every figure (qualifier, value, unit) whole on one line, and no number goes on on the next line', async () => {
    const { pdf, figures } = await reading;
    expect(splitFigures(pdf, figures)).toEqual([]);
    expect(numbersCutAcrossLines(pdf)).toEqual([]);
  });

  it('cut no word without a hyphen', async () => {
    const { pdf, vocab } = await reading;
    expect(cutWords(pdf, vocab)).toEqual([]);
  });
});
