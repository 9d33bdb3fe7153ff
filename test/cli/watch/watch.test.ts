import { existsSync } from 'node:fs';
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { loadPipeline } from '../../../src/cli/pipelineDeps.js';
import { dropCaches } from '../../../src/cli/runners/inProcessRunner.js';
import { loadTemplateSet } from '../../../src/template/loadTemplateSet.js';
import { loadLocale } from '../../../src/view/locale.js';
import { readPdf } from '../../support/readPdf.js';
import { captureIo, makeTree } from '../fakes.js';

const root = resolve(import.meta.dirname, '../../..');
const seed = join(root, 'data/astana-2025-12-03.yaml');

/** Resolves once `check` holds, polling; fails after `ms`. */
async function until(what: string, check: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const mtime = async (path: string): Promise<number> => (existsSync(path) ? (await stat(path)).mtimeMs : 0);
const pdfText = async (path: string): Promise<string> =>
  (await readPdf(new Uint8Array(await readFile(path)))).pages
    .map((p) => p.text)
    .join('\n')
    .replace(/\s+/g, ' ');

describe('briefing watch', () => {
  it('re-renders a changed data file, reports a broken one and goes on, and stops when told', async () => {
    const dir = await makeTree({});
    const data = join(dir, 'brief.yaml');
    await copyFile(seed, data);
    const out = join(dir, 'out');
    const pdf = join(out, 'brief.handout.pdf');
    const io = captureIo();
    const stop = new AbortController();
    const deps = await loadPipeline();
    const watching = runCli(['watch', dir, '--out', out], io, { deps, signal: stop.signal });
    await until('the first render', () => existsSync(pdf) && io.stderr.some((l) => l.startsWith('Слежу за изменениями')));

    const before = await mtime(pdf);
    const original = await readFile(data, 'utf8');
    await writeFile(data, original.replace(/^title: .*$/m, 'title: Новый заголовок брифинга'));
    await until('the re-render', async () => (await mtime(pdf)) > before);
    expect(await pdfText(pdf)).toContain('Новый заголовок брифинга');
    expect(io.stderr.some((l) => /^Готово за \d+,\d+ с после изменения/.test(l))).toBe(true);

    await writeFile(data, original.replace(/^date: .*$/m, 'date: 3 декабря'));
    await until('the refusal', () => io.stderr.some((l) => l.startsWith(`Файл ${data} отклонён`)));
    expect(io.stderr.join('\n')).toMatch(/brief\.yaml:\d+:\d+: date \(дата\):/);
    // the last good PDF stays, said to be stale (a preview beside the editor does not vanish)
    expect(existsSync(pdf)).toBe(true);
    expect(io.stderr).toContain(`  оставлен прежний ${pdf}: он устарел — исправьте ошибку, и он обновится`);
    expect(await pdfText(pdf)).toContain('Новый заголовок брифинга');

    // a new data file in the watched folder is picked up
    await copyFile(seed, join(dir, 'second.yaml'));
    await until('the new file', () => existsSync(join(out, 'second.handout.pdf')));

    const stale = await mtime(pdf);
    await writeFile(data, original);
    await until('the fixed file', async () => (await mtime(pdf)) > stale);
    expect(await pdfText(pdf)).toContain('Противодействие наркопреступности');

    stop.abort();
    expect(await watching).toBe(0);
    expect(io.stderr.at(-1)).toBe('Наблюдение остановлено.');
  }, 120_000);

  it('re-renders every file with the new templates when a partial changes (and --delete-on-error deletes)', async () => {
    const dir = await makeTree({});
    const data = join(dir, 'brief.yaml');
    await copyFile(seed, data);
    const templates = join(dir, 'mine');
    expect(await runCli(['templates', 'copy', templates], captureIo())).toBe(0);
    const out = join(dir, 'out');
    const pdf = join(out, 'brief.handout.pdf');
    const io = captureIo();
    const stop = new AbortController();
    const watching = runCli(['watch', data, '--out', out, '--templates', templates, '--delete-on-error'], io, {
      deps: await loadPipeline(),
      signal: stop.signal,
    });
    await until('the first render', () => existsSync(pdf) && io.stderr.some((l) => l.startsWith('Слежу')));

    const before = await mtime(pdf);
    await writeFile(join(templates, 'handout', 'partials', 'title.hbs'), '<h1>{{title}}</h1>\n<p class="meta">Правка шаблона видна сразу</p>\n');
    await until('the re-render', async () => (await mtime(pdf)) > before);
    expect(await pdfText(pdf)).toContain('Правка шаблона видна сразу');

    // a mistake in the template: the problem names the partial, watching goes on
    await writeFile(join(templates, 'handout', 'partials', 'title.hbs'), '<h1>{{title}}</h1>\n{{#if}}\n');
    await until('the refusal', () => io.stderr.some((l) => l.includes(join(templates, 'handout', 'partials', 'title.hbs'))));
    expect(existsSync(pdf)).toBe(false); // as render does, on request
    stop.abort();
    expect(await watching).toBe(0);
  }, 120_000);
});

describe('the caches watch drops', () => {
  it('compile the templates and read the locale words again after a refresh', async () => {
    const set = loadTemplateSet('handout');
    const words = loadLocale('ru');
    expect(loadTemplateSet('handout')).toBe(set);
    expect(loadLocale('ru')).toBe(words);
    await dropCaches('templates');
    expect(loadTemplateSet('handout')).not.toBe(set);
    expect(loadLocale('ru')).toBe(words);
    await dropCaches('locales');
    expect(loadLocale('ru')).not.toBe(words);
    expect(loadLocale('ru')).toEqual(words);
  });
});
