/**
 * Property: in the handout of any briefing valid under the contract, every
 * figure (qualifier, value and unit) is read whole on one line, and no number
 * goes on on the next line; on both, no number goes on on the next line
 * and no word is cut without a hyphen. BRIEFING_PROPERTY_RUNS sets the runs (25).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderData } from '../support/briefingFiles.js';
import { readPdf } from '../support/readPdf.js';
import { cutWords, numbersCutAcrossLines, pageSegments, strandedLines, vocabulary } from '../support/readingChecks.js';
import { briefingData, contractFigure, contractNumber, figuresOf, type BriefingData, propertyParams } from './arbitraries.js';

const RUNS = Number(process.env['BRIEFING_PROPERTY_RUNS'] ?? 25);
/** Month names the dates are printed with (date-fns' ru, kk and en locales). */
const MONTHS =
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря ' +
  'January February March April May June July August September October November December ' +
  'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан';
const LOCALES = ['ru', 'kk', 'en'].map((l) =>
  JSON.stringify(JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${l}.json`), 'utf8')) as unknown),
);

/** Quotes, dashes and spaces as one form each, invisible characters dropped: what typography may change. */
const plain = (s: string): string =>
  s
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/g, '')
    .replace(/["«»„“”‘’‚‹›']/g, '"')
    .replace(/[-‐‑‒–—―−]/g, '-')
    .replace(/[\s\u00A0\u202F\u2009]+/g, ' ')
    .trim();

/** The words a reader may meet: the data's (a soft hyphen joins, as it prints nothing), the locales', the months'. */
const words = (b: BriefingData): Set<string> => vocabulary(JSON.stringify(b), JSON.stringify(b).replace(/\u00AD/g, ''), MONTHS, ...LOCALES);

/** The values of the data's figures as the contract prints them: «612 418», «1,263.4». */
const valuesOf = (b: BriefingData): string[] => figuresOf(b).map((item) => contractNumber(item.value, (b['lang'] as string | undefined) ?? 'ru'));

function splitFigures(lines: readonly string[], b: BriefingData): string[] {
  const lang = (b['lang'] as string | undefined) ?? 'ru';
  const read = lines.map(plain);
  return figuresOf(b)
    .map((item) => contractFigure(item, lang))
    .filter((f) => !read.some((l) => l.includes(plain(f))));
}

describe('any briefing valid under the contract', () => {
  it(
    'prints every figure whole on one line in the handout, and no number cut across lines',
    async () => {
      await fc.assert(
        fc.asyncProperty(briefingData, async (b) => {
          const pdf = await readPdf((await renderData(b)).bytes);
          const lines = pageSegments(pdf, 40)
            .flat()
            .map((s) => s.text);
          expect(splitFigures(lines, b)).toEqual([]);
          expect(numbersCutAcrossLines(pdf, valuesOf(b))).toEqual([]);
          expect(cutWords(pdf, words(b))).toEqual([]);
          expect(strandedLines(pdf)).toEqual([]);
        }),
        propertyParams(RUNS),
      );
    },
    30_000 + RUNS * 4_000,
  );

  it(
    'cuts no number across lines on the slides',
    async () => {
      await fc.assert(
        fc.asyncProperty(briefingData, async (b) => {
          const pdf = await readPdf((await renderData(b, { format: 'slides' })).bytes);
          expect(numbersCutAcrossLines(pdf, valuesOf(b))).toEqual([]);
          expect(cutWords(pdf, words(b))).toEqual([]);
        }),
        propertyParams(Math.max(5, Math.round(RUNS / 3))),
      );
    },
    30_000 + RUNS * 4_000,
  );
});
