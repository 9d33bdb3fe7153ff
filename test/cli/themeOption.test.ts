import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo, fakeDeps, listDir, makeTree } from './fakes.js';

describe('--theme is a part of the command line', () => {
  it('a broken theme is named once for thirty data files, with its line and column, exit 2, nothing rendered', async () => {
    const files: Record<string, string> = { 'theme.json': '{\n  "accent": "#7a1f2b",\n  "styles": {"h1": {"size": 24,}}\n}\n' };
    for (let i = 1; i <= 30; i++) files[`data/b${i}.yaml`] = 'title: x\n';
    const dir = await makeTree(files);
    const io = captureIo();
    const deps = fakeDeps();
    const code = await runCli(
      ['render', join(dir, 'data'), '--theme', join(dir, 'theme.json'), '--format', 'handout,slides', '--out', join(dir, 'out')],
      io,
      deps,
    );
    expect(code).toBe(2);
    expect(deps.loaded).toEqual([]);
    expect(io.stderr).toEqual([
      `briefing: ошибка: тема ${join(dir, 'theme.json')} отклонена (проблем: 1):`,
      `  ${join(dir, 'theme.json')}:3:32: тема не читается как JSON: ожидалось имя поля в двойных кавычках, найдено «}» (после последнего элемента запятая не ставится)`,
      'Справка: briefing --help',
    ]);
    expect(io.stderr.join('\n')).not.toMatch(/data\/b\d+\.yaml/);
    expect(await listDir(dir)).toEqual(['data', 'theme.json']);
  });

  it('a good theme passes the check and reaches every render', async () => {
    const dir = await makeTree({ 'theme.json': '{"accent": "red", "slides": {"styles": {"h1": {"size": 40}}}}', 'a.yaml': 'title: a\n' });
    const io = captureIo();
    const deps = fakeDeps();
    expect(await runCli(['render', join(dir, 'a.yaml'), '--theme', join(dir, 'theme.json'), '--out', join(dir, 'out')], io, deps)).toBe(0);
    expect(deps.rendered.map((r) => r.options.theme)).toEqual([join(dir, 'theme.json')]);
  });
});

describe('errors of the command line in Russian', () => {
  it('--out naming a file is a wrong command line, not a raw EEXIST', async () => {
    const dir = await makeTree({ 'a.yaml': 'title: a\n', 'README.md': '# x\n' });
    const io = captureIo();
    expect(await runCli(['render', join(dir, 'a.yaml'), '--out', join(dir, 'README.md')], io, fakeDeps())).toBe(2);
    expect(io.stderr[0]).toBe(`briefing: ошибка: --out ${join(dir, 'README.md')}: это файл, а не папка; PDF пишутся в папку (например, --out output)`);
    expect(io.stderr.join('\n')).not.toMatch(/EEXIST|ENOTDIR/);
  });
});
