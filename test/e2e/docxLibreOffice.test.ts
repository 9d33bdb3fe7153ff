/**
 * The Word handout opened by another program: LibreOffice converts the DOCX
 * to PDF, and pdf.js reads every expected figure, name and date back, with
 * the page fields filled in («Стр. 1 из N») and the footnotes printed.
 * Skipped, with a warning, where LibreOffice (`soffice`) is not installed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing } from '../../src/pipeline.js';
import { buildView } from '../../src/view/buildView.js';
import { validateBriefing } from '../../src/model/validateBriefing.js';
import type { Briefing } from '../../src/model/schema.js';
import { readPdf } from '../support/readPdf.js';
import { expectedValues } from '../support/expectedValues.js';
import { containsValue } from '../support/pdfText.js';
import { tempDir } from '../support/briefingFiles.js';
import { SEED, loadData, richerSeed } from '../support/seedVariants.js';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0;
if (!soffice) console.warn('docxLibreOffice: soffice (LibreOffice Writer) is not installed; the DOCX → PDF test is skipped');

/** Converts DOCX files to PDF with a private LibreOffice profile; resolves to the PDFs' bytes. */
function convert(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const dir = tempDir('briefing-docx-');
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(run.status, `soffice: ${run.stderr}`).toBe(0);
  return Object.fromEntries(Object.keys(files).map((name) => [name, new Uint8Array(readFileSync(join(dir, `${name}.pdf`)))]));
}

describe.skipIf(!soffice)('the DOCX opened by LibreOffice', () => {
  it('prints every figure, name, date and article, page numbers and footnotes (seed, and a kk and an en variant)', async () => {
    const briefings: Record<string, Briefing> = {
      seed: await loadBriefing(SEED),
      kk: await loadData(richerSeed('kk')),
      en: await loadData(richerSeed('en')),
    };
    const docx: Record<string, Uint8Array> = {};
    for (const [name, b] of Object.entries(briefings)) docx[name] = await renderBriefing(b, { format: 'docx' });
    const pdfs = convert(docx);
    for (const [name, briefing] of Object.entries(briefings)) {
      const pdf = await readPdf(pdfs[name]!);
      const text = pdf.pages.map((p) => p.text).join('\n');
      const view = buildView(validateBriefing(briefing));
      for (const value of expectedValues(view)) expect(containsValue(text, value), `${name}: ${value}`).toBe(true);
      const count = pdf.pages.length;
      expect(count).toBeGreaterThanOrEqual(2);
      const pageWord = view.words.pageOf!.replace('{n}', '1').replace('{m}', String(count));
      expect(containsValue(pdf.pages[0]!.text, pageWord), `${name}: ${pageWord}`).toBe(true);
      const last = view.words.pageOf!.replace('{n}', String(count)).replace('{m}', String(count));
      expect(containsValue(pdf.pages[count - 1]!.text, last), `${name}: ${last}`).toBe(true);
    }
  }, 300_000);
});
