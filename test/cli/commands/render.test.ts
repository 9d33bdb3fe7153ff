import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { captureIo, fakeDeps, fakePdf, listDir, makeTree } from '../fakes.js';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

async function folderWithGoodAndBad(): Promise<{ root: string; data: string; out: string }> {
  const root = await makeTree({
    'data/good.yaml': 'title: x',
    'data/bad.yaml': 'title: y',
    'data/notes.txt': 'not data',
    'data/.hidden.yaml': 'hidden',
    'data/sub/nested.yaml': 'nested',
    'out/bad.handout.pdf': 'old PDF from a previous run',
  });
  return { root, data: join(root, 'data'), out: join(root, 'out') };
}

describe('briefing render', () => {
  it('renders the good file, refuses the bad one, leaves it no PDF, exits 1', async () => {
    const { data, out } = await folderWithGoodAndBad();
    const io = captureIo();
    const deps = fakeDeps();

    expect(await runCli(['render', data, '--out', out], io, deps)).toBe(1);

    // only the data files directly inside the folder, sorted by name, and the bad one did not stop the good one
    expect(deps.loaded).toEqual([join(data, 'bad.yaml'), join(data, 'good.yaml')]);
    expect(await readFile(join(out, 'good.handout.pdf'))).toEqual(Buffer.from(fakePdf('good', 'handout')));
    expect(await listDir(out)).toEqual(['good.handout.pdf']);
    expect(io.stdout).toEqual([`записан ${join(out, 'good.handout.pdf')}`]);

    const stderr = io.stderr.join('\n');
    expect(stderr).toContain(`Файл ${join(data, 'bad.yaml')} отклонён (проблем: 1):`);
    expect(stderr).toContain(`  ${join(data, 'bad.yaml')}:12:7: statistics[0].items[1].value (статистика, группа 1, показатель 2, значение): ожидалось число`);
    expect(stderr).toContain(`удалён ${join(out, 'bad.handout.pdf')}`);
    expect(io.stderr.at(-1)).toMatch(/^Отклонено: 1 из 2\. Записано: 1 \(PDF: 1\) за \d+,\d+ с\.$/);
  });

  it('writes every requested format and exits 0 when all files render', async () => {
    const root = await makeTree({ 'a.yaml': '', 'b.json': '' });
    const out = join(root, 'nested', 'out');
    const io = captureIo();
    const code = await runCli(['render', join(root, 'a.yaml'), join(root, 'b.json'), '--format=handout,slides', `--out=${out}`], io, fakeDeps());
    expect(code).toBe(0);
    expect(await listDir(out)).toEqual(['a.handout.pdf', 'a.slides.pdf', 'b.handout.pdf', 'b.slides.pdf']);
    expect(decode(await readFile(join(out, 'b.slides.pdf')))).toBe('%PDF-fake b slides');
    expect(io.stdout).toHaveLength(4);
    expect(io.stderr).toEqual([expect.stringMatching(/^Записано: 2 из 2 \(PDF: 4\) за \d+,\d+ с\.$/)]);
  });

  it('passes --pdfa and --templates to the renderer', async () => {
    const root = await makeTree({ 'a.yaml': '', 'mine/handout/layout.hbs': '', 'theme.json': '{}' });
    const deps = fakeDeps();
    const mine = join(root, 'mine');
    const theme = join(root, 'theme.json');
    const argv = ['render', join(root, 'a.yaml'), '--pdfa', '--templates', mine, '--theme', theme, '--out', join(root, 'o')];
    expect(await runCli(argv, captureIo(), deps)).toBe(0);
    expect(deps.rendered[0]?.options).toMatchObject({ format: 'handout', pdfa: true, templates: mine, theme });
  });

  it('refuses, with exit 2, a --templates folder or a --theme file that is not there', async () => {
    const root = await makeTree({ 'a.yaml': '' });
    for (const option of [
      ['--templates', join(root, 'nowhere')],
      ['--theme', join(root, 'nowhere.json')],
    ]) {
      const io = captureIo();
      const deps = fakeDeps();
      expect(await runCli(['render', root, ...option, '--out', join(root, 'o')], io, deps)).toBe(2);
      expect(io.stderr[0]).toContain(`${option[1]} не найден`);
      expect(deps.loaded).toEqual([]);
    }
  });

  it('refuses, with exit 2, an --assets folder that is not there or not a folder, and a --templates that is a file (render and validate)', async () => {
    const root = await makeTree({ 'a.yaml': '', 'file.txt': 'x' });
    for (const [command, option, words] of [
      ['render', ['--assets', join(root, 'nowhere')], 'такой папки нет'],
      ['validate', ['--assets', join(root, 'nowhere')], 'такой папки нет'],
      ['render', ['--assets', join(root, 'file.txt')], 'это не папка'],
      ['render', ['--templates', join(root, 'file.txt')], 'это не папка'],
    ] as const) {
      const io = captureIo();
      const deps = fakeDeps();
      const out = command === 'render' ? ['--out', join(root, 'o')] : [];
      expect(await runCli([command, join(root, 'a.yaml'), ...option, ...out], io, deps)).toBe(2);
      expect(io.stderr[0]).toContain(`${option[0]} ${option[1]}: ${words}`);
      expect(deps.loaded).toEqual([]);
    }
  });

  it('refuses a file when any of its formats fails: no PDF of it at all, old ones removed', async () => {
    const root = await makeTree({ 'a.yaml': '', 'out/a.handout.pdf': 'old', 'out/a.slides.pdf': 'old' });
    const out = join(root, 'out');
    const io = captureIo();
    const code = await runCli(['render', join(root, 'a.yaml'), '--format', 'handout,slides', '--out', out], io, fakeDeps({ failFormat: 'slides' }));
    expect(code).toBe(1);
    expect(await listDir(out)).toEqual([]);
    expect(io.stdout).toEqual([]);
    expect(io.stderr.join('\n')).toContain('templates/slides/layout.hbs:3: неизвестный помощник');
  });

  it('leaves neither a temporary file nor a PDF when writing the second format fails', async () => {
    const root = await makeTree({ 'a.yaml': '', 'out/a.slides.pdf/blocker': 'a folder where the PDF should go' });
    const out = join(root, 'out');
    const io = captureIo();
    const code = await runCli(['render', join(root, 'a.yaml'), '--format', 'handout,slides', '--out', out], io, fakeDeps());
    expect(code).toBe(1);
    expect(await listDir(out)).toEqual(['a.slides.pdf']); // the blocking folder, untouched
    expect(await listDir(join(out, 'a.slides.pdf'))).toEqual(['blocker']);
    expect(io.stderr.join('\n')).toMatch(/a\.slides\.pdf: не удалось записать PDF/);
    expect(io.stdout).toEqual([]);
  });

  it('stops with exit 2 when the library reports a usage problem, writing nothing', async () => {
    const root = await makeTree({ 'a.yaml': '', 'b.yaml': '' });
    const out = join(root, 'out');
    const io = captureIo();
    const deps = fakeDeps({ usageFormat: 'slides' });
    expect(await runCli(['render', root, '--format', 'handout,slides', '--out', out], io, deps)).toBe(2);
    expect(io.stderr).toContain('briefing: ошибка: формат slides пока не поддерживается');
    expect(deps.loaded).toHaveLength(1);
    expect(await listDir(out)).toEqual([]);
  });

  it('prints a bug with its stack, refuses that file and goes on with the others', async () => {
    const root = await makeTree({ 'a.yaml': '', 'b.yaml': '' });
    const out = join(root, 'out');
    const io = captureIo();
    expect(await runCli(['render', root, '--out', out], io, fakeDeps({ crashOn: 'a' }))).toBe(1);
    const stderr = io.stderr.join('\n');
    expect(stderr).toContain(`Внутренняя ошибка при обработке ${join(root, 'a.yaml')}`);
    expect(stderr).toContain('TypeError: Cannot read properties of undefined');
    // No stack trace reaches a user (BRIEFING_DEBUG=1 prints it).
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await listDir(out)).toEqual(['b.handout.pdf']);
  });

  it('prints warnings once per file and still exits 0', async () => {
    const root = await makeTree({ 'a.yaml': '' });
    const io = captureIo();
    const warning = { code: 'glyph' as const, severity: 'warning' as const, file: join(root, 'a.yaml'), path: 'title', message: 'символ «☃» нечем нарисовать' };
    const deps = fakeDeps({ warnings: [warning, warning] });
    const code = await runCli(['render', join(root, 'a.yaml'), '--format', 'handout,slides', '--out', join(root, 'o')], io, deps);
    expect(code).toBe(0);
    expect(io.stderr).toEqual([
      `Предупреждения для ${join(root, 'a.yaml')} (1):`,
      `  ${join(root, 'a.yaml')}: title: предупреждение: символ «☃» нечем нарисовать`,
    ]);
    expect(io.stdout).toHaveLength(2);
  });

  it('refuses a path that does not exist or is not a data file, rendering the rest', async () => {
    const root = await makeTree({ 'a.yaml': '', 'notes.txt': '', 'empty/readme.md': '' });
    const out = join(root, 'out');
    const io = captureIo();
    const missing = join(root, 'missing.yaml');
    const args = ['render', missing, join(root, 'notes.txt'), join(root, 'empty'), join(root, 'a.yaml'), '--out', out];
    expect(await runCli(args, io, fakeDeps())).toBe(1);
    const stderr = io.stderr.join('\n');
    expect(stderr).toContain(`${missing}: нет такого файла или папки`);
    expect(stderr).toContain(`${join(root, 'notes.txt')}: не файл данных`);
    expect(stderr).toContain(`${join(root, 'empty')}: в папке нет файлов данных`);
    expect(await listDir(out)).toEqual(['a.handout.pdf']);
  });

  it('takes a file once when it is reached twice', async () => {
    const root = await makeTree({ 'a.yaml': '' });
    const deps = fakeDeps();
    expect(await runCli(['render', root, join(root, 'a.yaml'), '--out', join(root, 'o')], captureIo(), deps)).toBe(0);
    expect(deps.loaded).toEqual([join(root, 'a.yaml')]);
  });

  it('refuses two inputs whose PDFs would have the same name, both, and renders the others (exit 1)', async () => {
    const root = await makeTree({ 'a.yaml': '', 'a.json': '', 'b.yaml': '' });
    const out = join(root, 'out');
    const io = captureIo();
    expect(await runCli(['render', root, '--out', out], io, fakeDeps())).toBe(1);
    const stderr = io.stderr.join('\n');
    expect(stderr).toMatch(/a\.json и .*a\.yaml дали бы одни и те же PDF \(a\.\*\.pdf\): ни один из них не обработан/);
    expect(stderr).toMatch(/a\.yaml и .*a\.json дали бы одни и те же PDF/);
    expect(await listDir(out)).toEqual(['b.handout.pdf']);
  });

  it('replaces an old PDF of a good file and leaves no temporary files', async () => {
    const root = await makeTree({ 'a.yaml': '' });
    const out = join(root, 'out');
    await mkdir(out);
    await writeFile(join(out, 'a.handout.pdf'), 'old');
    expect(await runCli(['render', join(root, 'a.yaml'), '--out', out], captureIo(), fakeDeps())).toBe(0);
    expect(await listDir(out)).toEqual(['a.handout.pdf']);
    expect(decode(await readFile(join(out, 'a.handout.pdf')))).toBe('%PDF-fake a handout');
  });
});
