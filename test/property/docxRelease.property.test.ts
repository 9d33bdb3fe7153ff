/**
 * Property: every briefing valid under the contract gives a DOCX and a
 * release page with every figure (qualifier, value and unit, formatted for
 * its language, as the contract spells it out), every speaker's name and
 * every legal article in their text; the page parses without an error,
 * with every element closed. BRIEFING_PROPERTY_RUNS sets the runs (25).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing, renderRelease } from '../../src/pipeline.js';
import { writeBriefingFile } from '../support/briefingFiles.js';
import { readDocx } from '../support/readDocx.js';
import { readHtml, treeDiffersFromSource, unbalancedTags } from '../support/readHtml.js';
import { containsValue } from '../support/pdfText.js';
import { briefingData, contractFigure, figuresOf, type BriefingData, propertyParams } from './arbitraries.js';

const RUNS = Number(process.env['BRIEFING_PROPERTY_RUNS'] ?? 25);

function wanted(b: BriefingData): string[] {
  const lang = (b['lang'] as string | undefined) ?? 'ru';
  return [
    ...figuresOf(b).map((item) => contractFigure(item, lang)),
    ...(b['speakers'] as { name: string }[]).map((s) => s.name),
    ...((b['legal'] as { article?: string }[] | undefined) ?? []).flatMap((l) => (l.article ? [l.article] : [])),
  ];
}

describe('any briefing valid under the contract', () => {
  it(
    'gives a DOCX and a release with every figure, name and article; the page is well-formed',
    async () => {
      await fc.assert(
        fc.asyncProperty(briefingData, async (b) => {
          const briefing = await loadBriefing(writeBriefingFile(b));
          const docx = readDocx(await renderBriefing(briefing, { format: 'docx' }));
          const release = await renderRelease(briefing);
          const page = readHtml(release.html);
          expect(page.errors).toEqual([]);
          expect(unbalancedTags(release.html)).toEqual([]);
          expect(treeDiffersFromSource(release.html)).toBeNull();
          const values = wanted(b);
          expect(values.filter((v) => !containsValue(docx.text, v))).toEqual([]);
          expect(values.filter((v) => !containsValue(page.text, v))).toEqual([]);
          expect(values.filter((v) => !containsValue(release.text, v))).toEqual([]);
        }),
        propertyParams(RUNS),
      );
    },
    30_000 + RUNS * 2_000,
  );
});
