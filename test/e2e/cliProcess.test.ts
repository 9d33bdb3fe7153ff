/**
 * The real command (`node bin/briefing.js`, over the built dist/) as a user
 * runs it: exit statuses, problems on standard error, no PDF for a refused
 * file, and no half-written PDF even when the process is killed mid-run.
 * Skipped until the package is built (`npm run build`; `npm ci` builds it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MINIMAL, tempDir, writeBriefingFile } from '../support/briefingFiles.js';
import { hasQpdf, qpdfCheck } from '../support/expectValidPdf.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/briefing.js');
const built = existsSync(join(root, 'dist/cli/main.js')) && existsSync(join(root, 'dist/pipeline.js'));

function briefing(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Whether the bytes are a whole PDF that qpdf (when installed) and pdf.js open. */
async function parses(bytes: Uint8Array): Promise<boolean> {
  if (!/%%EOF\s*$/.test(Buffer.from(bytes.subarray(-32)).toString('latin1'))) return false;
  if (hasQpdf() && qpdfCheck(bytes).status !== 0) return false;
  try {
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    const pages = pdf.numPages;
    await pdf.destroy();
    return pages > 0;
  } catch {
    return false;
  }
}

const TEMP = /^\.[^/]+\.pdf\.\d+\.tmp$/;

describe.skipIf(!built)('bin/briefing.js: exit statuses and problems', () => {
  it('exits 0 when every file renders, writing one valid PDF per file and format', async () => {
    const dir = tempDir();
    writeBriefingFile(MINIMAL, { dir, name: 'one' });
    writeBriefingFile({ ...MINIMAL, lang: 'en' }, { dir, name: 'two', ext: 'json' });
    const out = join(dir, 'out');
    const run = briefing(['render', dir, '--out', out]);
    expect(run.stderr).not.toMatch(/ошибк|отклон|Предупрежд/i);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['one.handout.pdf', 'two.handout.pdf']);
    for (const name of readdirSync(out)) expect(await parses(readFileSync(join(out, name)))).toBe(true);
  }, 120_000);

  it('exits 1 when a file is refused, after rendering the others; every problem with file:line:col: path; no PDF for it', async () => {
    const dir = tempDir();
    writeBriefingFile(MINIMAL, { dir, name: 'good' });
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      [
        'title: Брифинг',
        'date: 2025-13-03',
        'organizaton: ДП',
        'speakers:',
        '  - name: Иванов',
        'statistics:',
        '  - title: Итоги',
        '    items:',
        '      - label: изъято',
        '        value: сто',
        '        of: nowhere',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'out');
    // An old PDF of the refused file, from an earlier run, must go.
    briefing(['render', join(dir, 'good.yaml'), '--out', out]);
    writeFileSync(join(out, 'bad.handout.pdf'), readFileSync(join(out, 'good.handout.pdf')));
    const run = briefing(['render', dir, '--out', out]);
    expect(run.code).toBe(1);
    expect(readdirSync(out)).toEqual(['good.handout.pdf']);
    expect(await parses(readFileSync(join(out, 'good.handout.pdf')))).toBe(true);
    const lines = run.stderr.split('\n');
    const at = (pattern: RegExp) => lines.some((l) => pattern.test(l));
    expect(at(/bad\.yaml:2:7: date \(дата\): /)).toBe(true);
    expect(at(/bad\.yaml:3:1: organizaton \(поле «organizaton»\): .*organization/)).toBe(true);
    expect(at(/bad\.yaml: organization \(организация\): /) || at(/bad\.yaml:\d+:\d+: organization \(организация\): /)).toBe(true);
    expect(at(/bad\.yaml:10:16: statistics\[0\]\.items\[0\]\.value \(статистика, группа 1, показатель 1, значение\): /)).toBe(true);
    expect(at(/bad\.yaml:11:13: statistics\[0\]\.items\[0\]\.of \(статистика, группа 1, показатель 1, часть от \(of\)\): .*nowhere/)).toBe(true);
    expect(run.stdout).toContain('good.handout.pdf');
    expect(run.stdout).not.toContain('bad.handout.pdf');
  }, 120_000);

  it('validate exits 0 for good files and 1 for bad ones, writing nothing', () => {
    const dir = tempDir();
    const good = writeBriefingFile(MINIMAL, { dir });
    const bad = writeBriefingFile({ ...MINIMAL, speakers: [] }, { dir });
    expect(briefing(['validate', good]).code).toBe(0);
    const run = briefing(['validate', good, bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/speakers/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  }, 60_000);

  it.each([
    [['frobnicate']],
    [['render']],
    [['render', 'data', '--format', 'poster']],
    [['render', 'data', '--no-such-option']],
    [['render', 'data', '--out']],
    [[]],
  ])('exits 2 for a wrong command line: %j', (args) => {
    const run = briefing(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ошибка/);
    expect(run.stdout).toBe('');
  });
});

describe.skipIf(!built)('bin/briefing.js killed while it renders and writes', () => {
  /** Big briefings: each takes a while to render and gives a PDF of about a megabyte. */
  function bigBriefings(dir: string, count: number): void {
    for (let f = 0; f < count; f++) {
      const statistics = Array.from({ length: 20 }, (_, g) => ({
        title: `Группа ${g + 1}`,
        items: Array.from({ length: 100 }, (_, i) => ({ label: `Показатель ${f}-${g}-${i}`, value: g * 1000 + i })),
      }));
      writeBriefingFile({ ...MINIMAL, statistics }, { dir, name: `big-${f}`, ext: 'json' });
    }
  }

  /** Starts a render and kills the whole process group with SIGKILL after `ms`. */
  function renderAndKill(args: string[], ms: number): Promise<void> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd: root, detached: true, stdio: 'ignore' });
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, ms);
      child.on('exit', () => {
        clearTimeout(timer);
        done();
      });
    });
  }

  it('never leaves a PDF that does not parse; its temporary files are hidden, not *.pdf, and the next run removes them', async () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    const out = join(dir, 'out');
    mkdirSync(data, { recursive: true });
    mkdirSync(out, { recursive: true });
    bigBriefings(data, 3);
    for (const ms of [200, 900, 1800, 3000]) {
      await renderAndKill(['render', data, '--out', out], ms);
      for (const name of readdirSync(out)) {
        if (name.endsWith('.pdf')) expect(await parses(readFileSync(join(out, name))), `${name} after a kill at ${ms} ms`).toBe(true);
        else expect(name).toMatch(TEMP);
      }
    }
    // A temporary file of a process that no longer runs, as a kill leaves it.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(out, `.big-0.handout.pdf.${gone}.tmp`), '%PDF-1.7 half');
    const run = briefing(['render', data, '--out', out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['big-0.handout.pdf', 'big-1.handout.pdf', 'big-2.handout.pdf']);
    for (const name of readdirSync(out)) expect(await parses(readFileSync(join(out, name)))).toBe(true);
  }, 180_000);
});
