import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { captureIo, fakeDeps, makeTree } from '../fakes.js';

describe('briefing validate', () => {
  it('exits 0 and says so for good files, drawing nothing', async () => {
    const root = await makeTree({ 'a.yaml': '', 'b.json': '' });
    const io = captureIo();
    const deps = fakeDeps();
    expect(await runCli(['validate', root], io, deps)).toBe(0);
    expect(io.stdout).toEqual([`в порядке: ${join(root, 'a.yaml')}`, `в порядке: ${join(root, 'b.json')}`]);
    expect(io.stderr).toEqual([]);
    expect(deps.rendered).toEqual([]);
    expect(existsSync(join(root, 'output'))).toBe(false);
  });

  it('exits 1 and prints the problems as render does', async () => {
    const root = await makeTree({ 'a.yaml': '', 'bad.yaml': '' });
    const io = captureIo();
    expect(await runCli(['validate', root], io, fakeDeps())).toBe(1);
    const bad = join(root, 'bad.yaml');
    expect(io.stderr).toEqual([
      `Файл ${bad} отклонён (проблем: 1):`,
      `  ${bad}:12:7: statistics[0].items[1].value (статистика, группа 1, показатель 2, значение): ожидалось число, получена строка «сто»`,
      'Отклонено: 1 из 2.',
    ]);
    expect(io.stdout).toEqual([`в порядке: ${join(root, 'a.yaml')}`]);
  });

  it('exits 1 for a path that does not exist', async () => {
    const io = captureIo();
    expect(await runCli(['validate', '/nonexistent/briefing.yaml'], io, fakeDeps())).toBe(1);
    expect(io.stderr.join('\n')).toContain('/nonexistent/briefing.yaml: нет такого файла или папки');
  });
});
