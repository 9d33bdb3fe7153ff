import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../support/readPdf.js';
import { makeTree } from '../fakes.js';

/**
 * The real `bin/briefing.js` over the built `dist/`: the worker pool of a
 * batch, and `watch` stopped by Ctrl+C. Skipped until built (`npm run build`).
 */
const root = resolve(import.meta.dirname, '../../..');
const bin = join(root, 'bin/briefing.js');
const seed = join(root, 'data/astana-2025-12-03.yaml');
const built = existsSync(join(root, 'dist/cli/runners/renderWorker.js'));

const BAD = [
  'title: Брифинг',
  'date: 2025-12-03',
  'organization: ДП',
  'speakers:',
  '  - name: Иванов',
  'statistics:',
  '  - title: Итоги',
  '    items:',
  '      - label: изъято',
  '        value: сто',
  '',
].join('\n');

describe.skipIf(!built)('bin/briefing.js render of a folder, in worker threads', () => {
  it('renders every good file, refuses the bad one, and reports both in --json', async () => {
    const dir = await makeTree({ 'data/b-bad.yaml': BAD });
    for (const name of ['a', 'c', 'd']) await copyFile(seed, join(dir, 'data', `${name}.yaml`));
    const out = join(dir, 'out');
    // in worker threads alone: the main thread would render four files before a worker is ready
    const run = spawnSync(process.execPath, [bin, 'render', join(dir, 'data'), '--out', out, '--jobs', '2', '--json'], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, BRIEFING_WORKERS_ONLY: '1' },
    });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      written: number;
      refused: number;
      files: { file: string; status: string; outputs: string[]; problems: { line?: number; path?: string }[] }[];
    };
    expect(report).toMatchObject({ ok: false, written: 3, refused: 1 });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      [join(dir, 'data', 'a.yaml'), 'written'],
      [join(dir, 'data', 'b-bad.yaml'), 'refused'],
      [join(dir, 'data', 'c.yaml'), 'written'],
      [join(dir, 'data', 'd.yaml'), 'written'],
    ]);
    expect(report.files[1]!.problems[0]).toMatchObject({ path: 'statistics[0].items[0].value', line: 10 });
    for (const name of ['a', 'c', 'd']) {
      expect(report.files.find((f) => f.file === join(dir, 'data', `${name}.yaml`))!.outputs).toEqual([join(out, `${name}.handout.pdf`)]);
      const pdf = await readPdf(new Uint8Array(await readFile(join(out, `${name}.handout.pdf`))));
      expect(pdf.info.Title).toBe('Противодействие наркопреступности в Астане');
    }
    expect(existsSync(join(out, 'b-bad.handout.pdf'))).toBe(false);
    expect(run.stderr).toMatch(/b-bad\.yaml:10:\d+: statistics\[0\]\.items\[0\]\.value/);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^Отклонено: 1 из 4\. Записано: 3 \(PDF: 3\) за \d+,\d+ с\.$/);
  }, 180_000);

  it('prints only the problems with --quiet', async () => {
    const dir = await makeTree({ 'data/bad.yaml': BAD });
    await copyFile(seed, join(dir, 'data', 'good.yaml'));
    const run = spawnSync(process.execPath, [bin, 'render', join(dir, 'data'), '--out', join(dir, 'out'), '--quiet'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(`Файл ${join(dir, 'data', 'bad.yaml')} отклонён (проблем: 1):`);
    expect(run.stderr).not.toMatch(/Записано|Отклонено:/);
    expect(existsSync(join(dir, 'out', 'good.handout.pdf'))).toBe(true);
  }, 180_000);
});

describe.skipIf(!built)('bin/briefing.js render interrupted by Ctrl+C or SIGTERM', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'stops at once on %s, starts no other file, leaves no temporary or half-written file and exits %i',
    async (signal, status) => {
      const dir = await makeTree({});
      for (let i = 1; i <= 6; i++) await copyFile(seed, join(dir, `b${i}.yaml`));
      const out = join(dir, 'out');
      const child = spawn(process.execPath, [bin, 'render', dir, '--out', out, '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let interrupted = false;
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (!interrupted && stdout.includes('записан')) interrupted = child.kill(signal);
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
      expect(code).toBe(status);
      expect(stderr).toContain(`Прервано (${signal})`);
      const files = await readdir(out);
      expect(files.length).toBeGreaterThanOrEqual(1);
      expect(files.length).toBeLessThan(6);
      expect(
        files.filter((f) => !/^b\d\.handout\.pdf$/.test(f)),
        `left in ${out}`,
      ).toEqual([]);
      // every PDF left is whole: it ends with the end-of-file marker
      for (const f of files) expect((await readFile(join(out, f))).subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    },
    120_000,
  );
});

describe.skipIf(!built)('bin/briefing.js watch', () => {
  it('re-renders on a save in its worker thread and stops cleanly on SIGINT', async () => {
    const dir = await makeTree({});
    const data = join(dir, 'brief.yaml');
    await copyFile(seed, data);
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [bin, 'watch', data, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const until = async (what: string, check: () => boolean): Promise<void> => {
      const end = Date.now() + 60_000;
      while (!check()) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    try {
      await until('watching', () => stderr.includes('Слежу за изменениями'));
      const text = await readFile(data, 'utf8');
      await writeFile(data, text.replace(/^title: .*$/m, 'title: Заголовок после сохранения'));
      await until('the re-render', () => (stderr.match(/Готово за/g) ?? []).length === 1);
      const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'brief.handout.pdf'))));
      expect(pdf.info.Title).toBe('Заголовок после сохранения');
      expect(stdout.split('\n').filter((l) => l.startsWith('записан'))).toHaveLength(2);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(stderr.trim().split('\n').at(-1)).toBe('Наблюдение остановлено.');
  }, 120_000);
});
