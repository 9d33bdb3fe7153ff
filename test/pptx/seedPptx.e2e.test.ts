/**
 * End to end: the seed deck as a PPTX file, unzipped and its XML read: as
 * many slides as the PDF deck, in the same order, every figure of the data in
 * the text (slides and speaker notes), native charts carrying their data,
 * PT Sans named, byte-identical when rendered again. Where LibreOffice is
 * installed, it converts the file to PDF and the figures are read back.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import type { Briefing } from '../../src/model/schema.js';
import { buildView } from '../../src/view/buildView.js';
import type { BriefingView } from '../../src/view/types.js';
import { readPdf } from '../support/readPdf.js';

const SEED = 'data/astana-2025-12-03.yaml';
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice) console.warn('LibreOffice (soffice) is not installed: the PPTX is not converted to PDF and read back (apt-get install libreoffice-impress)');

/** XML text nodes (<a:t>) of a part, entities decoded, spaces made plain. */
function textOf(xml: string): string {
  const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);
  return runs
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00A0]+/g, ' ');
}
const plain = (s: string): string => s.replace(/[\s\u00A0]+/g, ' ').trim();
const slideNo = (name: string): number => Number(/(\d+)\.xml$/.exec(name)![1]);

describe('the seed deck as PPTX', () => {
  let briefing: Briefing;
  let view: BriefingView;
  let bytes: Uint8Array;
  let zip: JSZip;
  let pdfPages: number;
  let slides: string[];
  let dir: string;
  beforeAll(async () => {
    briefing = await loadBriefing(SEED);
    view = buildView(briefing);
    bytes = await renderBriefing(briefing, { format: 'pptx' });
    zip = await JSZip.loadAsync(bytes);
    pdfPages = (await readPdf(await renderBriefing(briefing, { format: 'slides' }))).pages.length;
    const names = Object.keys(zip.files)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort((a, b) => slideNo(a) - slideNo(b));
    slides = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
    dir = mkdtempSync(join(tmpdir(), 'briefing-pptx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has as many slides as the PDF deck, in the same order', () => {
    expect(slides.length).toBe(pdfPages);
    expect(slides.length).toBe(13);
    expect(textOf(slides[0]!)).toContain('Противодействие наркопреступности в Астане');
    expect(textOf(slides[1]!)).toContain('Ключевые цифры');
    expect(textOf(slides[8]!)).toContain('Синтетические наркотики');
    expect(textOf(slides[12]!)).toContain('Результаты');
    slides.forEach((s, i) => expect(textOf(s)).toContain(`${i + 1}`));
  });

  it('names PT Sans in its text boxes', () => {
    for (const s of slides) expect(s).toContain('typeface="PT Sans"');
  });

  it('carries every figure of the data in its text, and the footnotes and figures in the speaker notes', async () => {
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const all = plain([...slides, ...notes].map(textOf).join(' \n '));
    const figures = [...view.statistics.flatMap((g) => g.items), ...view.legal.flatMap((l) => l.items)];
    expect(figures).toHaveLength(12);
    for (const f of figures) expect(all, f.display).toContain(plain(f.display));
    const chartSlideNotes = plain(notes.map(textOf).join(' '));
    expect(chartSlideNotes).toContain('29,7 % от 698');
  });

  it('draws the chart of a statistics group as a native chart with its data', async () => {
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThanOrEqual(1);
    const xml = await zip.file(charts[0]!)!.async('string');
    expect(xml).toContain('<c:barChart>');
    for (const v of ['698', '207', '138']) expect(xml).toContain(`<c:v>${v}</c:v>`);
    expect(Object.keys(zip.files).some((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n))).toBe(true);
    const rels = await zip.file('ppt/slides/_rels/slide9.xml.rels')!.async('string');
    expect(rels).toContain('chart');
  });

  it('is byte-identical when rendered again, dated the briefing’s date', async () => {
    const again = await renderBriefing(await loadBriefing(SEED), { format: 'pptx' });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('2025-12-03T00:00:00Z');
    expect(core).toContain('Противодействие наркопреступности в Астане');
  });

  it.skipIf(!hasSoffice)(
    'opens in LibreOffice with as many slides as the PDF deck and every figure',
    async () => {
      const file = join(dir, 'seed.slides.pptx');
      writeFileSync(file, bytes);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, file], {
        timeout: 240_000,
        stdio: 'ignore',
      });
      const pdf = await readPdf(new Uint8Array(readFileSync(join(dir, 'seed.slides.pdf'))));
      expect(pdf.pages.length).toBe(pdfPages);
      const text = plain(pdf.pages.map((p) => p.text).join(' \n '));
      for (const f of [...view.statistics.flatMap((g) => g.items), ...view.legal.flatMap((l) => l.items)]) expect(text, f.value).toContain(plain(f.value));
      // the chart's values come back as its data labels
      expect(plain(pdf.pages[8]!.text)).toMatch(/698/);
    },
    300_000,
  );
});
