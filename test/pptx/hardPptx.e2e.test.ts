/**
 * End to end: hard briefings (250 figures in a group, 12 sections, six
 * speakers, a photo, a URL contact; in Russian, English and Kazakh) as PDF
 * deck and PPTX: at most 15 slides, the PPTX with exactly the PDF deck's
 * slides, a native chart of the big group's leading figures, the QR code.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import type { Briefing } from '../../src/model/schema.js';
import { planSlides } from '../../src/slides/planSlides.js';
import { buildView } from '../../src/view/buildView.js';
import { readPdf } from '../support/readPdf.js';
import { longBriefing, SEED, withBigGroup } from '../slides/hardCases.js';

const CASES: [string, (seed: Briefing) => Briefing][] = [
  ['250 figures', withBigGroup],
  ['long, Russian', longBriefing],
  ['long, English', (s) => ({ ...longBriefing(s), lang: 'en' })],
  ['long, Kazakh', (s) => ({ ...longBriefing(s), lang: 'kk' })],
];

describe.each(CASES)('the hard deck «%s»', (_, make) => {
  it('has at most 15 slides, the same in the PDF, the PPTX and the plan', async () => {
    const briefing = make(await loadBriefing(SEED));
    const plan = planSlides(buildView(briefing)).slides;
    const pdf = await readPdf(await renderBriefing(briefing, { format: 'slides' }));
    const zip = await JSZip.loadAsync(await renderBriefing(briefing, { format: 'pptx' }));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(plan.length).toBeLessThanOrEqual(15);
    expect(pdf.pages.length).toBe(plan.length);
    expect(slides.length).toBe(plan.length);
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBe(plan.filter((s) => s.kind === 'statistics' && s.chart !== null).length);
    const big = plan.findIndex((s) => s.title.startsWith('Показатели по районам'));
    const rels = await zip.file(`ppt/slides/_rels/slide${big + 1}.xml.rels`)!.async('string');
    expect(rels).toContain('/ppt/charts/chart');
    const last = plan.at(-1)!;
    if (last.kind === 'contacts' && last.qr) {
      const xml = await zip.file(`ppt/slides/slide${plan.length}.xml`)!.async('string');
      expect(xml.split('prstGeom prst="rect"').length - 1).toBeGreaterThanOrEqual(last.qr.runs.length);
    }
  }, 120_000);
});
