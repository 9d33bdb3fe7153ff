/**
 * `briefing render --format docx,release` through the real pipeline: the
 * file names, the contents, and a refused file that writes none of its
 * outputs (and deletes the ones an earlier run left).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { parseFormats } from '../../src/cli/parseArgs.js';
import { captureIo } from './fakes.js';
import { tempDir, writeBriefingFile } from '../support/briefingFiles.js';
import { readDocx } from '../support/readDocx.js';
import { seedData } from '../support/seedVariants.js';

describe('render --format docx,release', () => {
  it('accepts the new formats with the old ones', () => {
    expect(parseFormats('handout,docx,release')).toEqual(['handout', 'docx', 'release']);
    expect(() => parseFormats('doc')).toThrow(/docx/);
  });

  it('writes NAME.handout.docx, NAME.release.html and NAME.release.txt, and nothing else', async () => {
    const out = tempDir();
    const file = writeBriefingFile(seedData(), { name: 'astana' });
    const io = captureIo();
    const code = await runCli(['render', file, '--format', 'docx,release', '--out', out], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['astana.handout.docx', 'astana.release.html', 'astana.release.txt']);
    expect(readDocx(new Uint8Array(readFileSync(join(out, 'astana.handout.docx')))).text).toContain('698\u00A0фактов');
    expect(readFileSync(join(out, 'astana.release.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readFileSync(join(out, 'astana.release.txt'), 'utf8')).toContain('1\u00A0263\u00A0интернет-ресурса');
    const stdout = io.stdout.join('\n');
    for (const name of ['astana.handout.docx', 'astana.release.html', 'astana.release.txt']) expect(stdout).toContain(name);
  });

  it('writes none of them for a refused file, and removes what an earlier run left', async () => {
    const out = tempDir();
    const data = seedData();
    const file = writeBriefingFile(data, { name: 'broken' });
    expect(await runCli(['render', file, '--format', 'docx,release', '--out', out], captureIo())).toBe(0);
    expect(readdirSync(out)).toHaveLength(3);
    (data.statistics[0]!.items[0] as Record<string, unknown>)['value'] = 'сто';
    writeFileSync(file, JSON.stringify(data));
    const io = captureIo();
    expect(await runCli(['render', file, '--format', 'handout,docx,release', '--out', out], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('statistics[0].items[0].value');
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(join(out, 'broken.release.txt'))).toBe(false);
  });
});

describe('the summary line counts the new kinds of file', () => {
  it('names DOCX, HTML and TXT beside PDF', async () => {
    const { summaryLine } = await import('../../src/cli/progress/batchProgress.js');
    const report = (name: string, written: string[]) => ({ status: 'written', written, name }) as never;
    expect(
      summaryLine(
        { total: 2, refused: 0 },
        [report('a', ['o/a.handout.pdf', 'o/a.handout.docx', 'o/a.release.html', 'o/a.release.txt']), report('b', ['o/b.handout.pdf'])],
        900,
      ),
    ).toBe('Записано: 2 из 2 (PDF: 2, DOCX: 1, HTML: 1, TXT: 1) за 0,90 с.');
    expect(summaryLine({ total: 2, refused: 0 }, [report('a', ['o/a.handout.docx']), report('b', ['o/b.handout.docx'])], 900)).toBe(
      'Записано: 2 из 2 (DOCX: 2) за 0,90 с.',
    );
  });
});

const root = join(import.meta.dirname, '../..');
const built = existsSync(join(root, 'dist/docx/renderDocx.js'));
if (!built) console.warn('docxRelease: dist/ has no DOCX renderer yet (npm run build); the other-process test is skipped');

describe.skipIf(!built)('the same bytes in other processes and time zones', () => {
  it('bin/briefing.js under TZ=Pacific/Kiritimati and TZ=America/Adak writes the same DOCX and release', async () => {
    const { spawnSync } = await import('node:child_process');
    const file = writeBriefingFile(seedData(), { name: 'tz' });
    const outs = ['Pacific/Kiritimati', 'America/Adak'].map((tz) => {
      const out = tempDir();
      const run = spawnSync(process.execPath, [join(root, 'bin/briefing.js'), 'render', file, '--format', 'docx,release', '--out', out], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, TZ: tz },
      });
      expect(run.status, run.stderr).toBe(0);
      return out;
    });
    for (const name of ['tz.handout.docx', 'tz.release.html', 'tz.release.txt']) {
      const [a, b] = outs.map((out) => readFileSync(join(out, name)));
      expect(a!.length).toBeGreaterThan(1000);
      expect(a!.equals(b!), name).toBe(true);
    }
  });
});
