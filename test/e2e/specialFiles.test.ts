/**
 * Only regular files are read: a theme or a template that is a FIFO (or a
 * device, or a folder) is refused at once, never opened — opening a FIFO
 * waits for a writer, so the run would hang. Run as a child process with a
 * generous limit: a hang shows as a killed child, not as a slow test.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeBriefingFile, MINIMAL } from '../support/briefingFiles.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/briefing.js');
const built = existsSync(join(root, 'dist/cli/main.js'));
const canMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });
}

describe.skipIf(!built || !canMkfifo)('themes and templates that are not regular files', () => {
  it('refuses a theme that is a FIFO or a folder, at once: exit 2, a Russian message, nothing written', () => {
    const dir = tempDir();
    const data = writeBriefingFile(MINIMAL, { dir, name: 'b' });
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    mkdirSync(join(dir, 'folder.json'));
    for (const theme of ['fifo.json', 'folder.json']) {
      const out = join(dir, `out-${theme}`);
      const r = run(['render', data, '--theme', join(dir, theme), '--out', out]);
      expect(r.signal, `${theme}: the run hung and was killed`).toBeNull();
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/файл темы .*(fifo|folder)\.json — не обычный файл/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    }
  }, 300_000);

  it('refuses a template partial that is a FIFO, at once, naming it', () => {
    const dir = tempDir();
    const data = writeBriefingFile(MINIMAL, { dir, name: 'b' });
    const templates = join(dir, 'tpl');
    mkdirSync(join(templates, 'handout'), { recursive: true });
    copyFileSync(join(root, 'templates/handout/layout.hbs'), join(templates, 'handout/layout.hbs'));
    mkdirSync(join(templates, 'handout/partials'));
    execFileSync('mkfifo', [join(templates, 'handout/partials/speakers.hbs')]);
    const out = join(dir, 'out');
    const r = run(['render', data, '--templates', templates, '--out', out]);
    expect(r.signal, 'the run hung and was killed').toBeNull();
    expect(r.status, r.stderr).not.toBe(0);
    expect(r.stderr).toMatch(/speakers\.hbs.*шаблон не читается: это именованный канал \(FIFO\), а не обычный файл/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  }, 300_000);
});
