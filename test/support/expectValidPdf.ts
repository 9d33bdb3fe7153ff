/**
 * Checks that bytes are a PDF that independent readers accept: qpdf's
 * structural check (when qpdf is installed: `.ci/run` installs it) and
 * pdf.js, which must read every page's text and its structure tree.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readPdf, type ReadPdf } from './readPdf.js';

let qpdf: boolean | undefined;

/** Whether the `qpdf` command is installed. */
export function hasQpdf(): boolean {
  qpdf ??= spawnSync('qpdf', ['--version'], { encoding: 'utf8' }).status === 0;
  return qpdf;
}

/** qpdf's verdict on the bytes: status 0 (no problems), 2 (errors) or 3 (warnings), and what it printed. */
export function qpdfCheck(bytes: Uint8Array): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-qpdf-'));
  try {
    const file = join(dir, 'check.pdf');
    writeFileSync(file, bytes);
    const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Asserts that `bytes` is a whole, valid, tagged PDF: it starts with a PDF
 * header and ends with `%%EOF`, qpdf finds no problem, and pdf.js reads every
 * page with its structure tree. Resolves to what pdf.js read.
 */
export async function expectValidPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const text = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  expect(text).toMatch(/^%PDF-\d\.\d/);
  expect(Buffer.from(bytes.subarray(-32)).toString('latin1')).toMatch(/%%EOF\s*$/);
  if (hasQpdf()) {
    const { status, output } = qpdfCheck(bytes);
    expect(output).toContain('No syntax or stream encoding errors found');
    expect(status, output).toBe(0);
  }
  const pdf = await readPdf(bytes);
  expect(pdf.pages.length).toBeGreaterThan(0);
  for (const page of pdf.pages) expect(page.structTree, 'every page is tagged').not.toBeNull();
  return pdf;
}
