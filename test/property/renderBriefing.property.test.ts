/**
 * Property: every briefing valid under the contract renders, and every
 * figure (qualifier, value and unit, formatted for its language), every
 * speaker's name and every legal article comes back out of the PDF's text;
 * no text leaves the page's 14 pt safe area. 25 runs by default (the suite
 * stays fast), from a fixed seed (propertyParams): BRIEFING_PROPERTY_SEED=random
 * BRIEFING_PROPERTY_RUNS=500 for a longer hunt. A failure prints fast-check's
 * seed and path, to replay with BRIEFING_PROPERTY_SEED and BRIEFING_PROPERTY_PATH.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidPdf } from '../support/expectValidPdf.js';
import { renderData } from '../support/briefingFiles.js';
import { textOutside } from '../support/pageArea.js';
import { containsValue } from '../support/pdfText.js';
import { briefingData, contractFigure, figuresOf, type BriefingData, propertyParams } from './arbitraries.js';

const RUNS = Number(process.env['BRIEFING_PROPERTY_RUNS'] ?? 25);
const SAFE_AREA = 14;
const root = resolve(import.meta.dirname, '../..');
const hasSlides = existsSync(join(root, 'templates/slides/layout.hbs'));

/** What of `b` must be found in the handout's text, and was not. */
function missingFrom(text: string, b: BriefingData): string[] {
  const lang = (b['lang'] as string | undefined) ?? 'ru';
  const wanted = [
    ...figuresOf(b).map((item) => contractFigure(item, lang)),
    ...(b['speakers'] as { name: string }[]).map((s) => s.name),
    ...((b['legal'] as { article?: string }[] | undefined) ?? []).flatMap((l) => (l.article ? [l.article] : [])),
  ];
  return wanted.filter((value) => !containsValue(text, value));
}

describe('any briefing valid under the contract', () => {
  it(
    'renders a handout with every figure, name and article in its text, inside the safe area',
    async () => {
      await fc.assert(
        fc.asyncProperty(briefingData, fc.constantFrom<'yaml' | 'json'>('yaml', 'json'), async (b, ext) => {
          const { bytes } = await renderData(b, { ext });
          const pdf = await expectValidPdf(bytes);
          const text = pdf.pages.map((p) => p.text).join('\n');
          expect(missingFrom(text, b)).toEqual([]);
          expect(textOutside(pdf, SAFE_AREA)).toEqual([]);
        }),
        propertyParams(RUNS),
      );
    },
    30_000 + RUNS * 4_000,
  );

  it.runIf(hasSlides)(
    'renders slides inside the safe area',
    async () => {
      await fc.assert(
        fc.asyncProperty(briefingData, async (b) => {
          const { bytes } = await renderData(b, { format: 'slides' });
          const pdf = await expectValidPdf(bytes);
          expect(textOutside(pdf, SAFE_AREA)).toEqual([]);
        }),
        propertyParams(Math.max(5, Math.round(RUNS / 3))),
      );
    },
    30_000 + RUNS * 4_000,
  );
});
