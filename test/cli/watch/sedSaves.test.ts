import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { loadPipeline } from '../../../src/cli/pipelineDeps.js';
import { readPdf } from '../../support/readPdf.js';
import { captureIo, makeTree } from '../fakes.js';

const root = resolve(import.meta.dirname, '../../..');
const seed = join(root, 'data/astana-2025-12-03.yaml');

/** Resolves once `check` holds, polling every 100 ms; fails after `ms`. */
async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const mtime = async (path: string): Promise<number> => (existsSync(path) ? (await stat(path)).mtimeMs : 0);
const pdfText = async (path: string): Promise<string> =>
  (await readPdf(new Uint8Array(await readFile(path)))).pages
    .map((p) => p.text)
    .join('\n')
    .replace(/\s+/g, ' ');

/** `sed -i` saves by writing a new file and renaming it over the old one, as vim and many editors do. */
function sedInPlace(expression: string, file: string): void {
  execFileSync('sed', ['-i', expression, file]);
}

describe.skipIf(process.platform === 'win32')('briefing watch and saves by rename', () => {
  it('re-renders after each of five `sed -i` saves of a template in a row, a broken one included', async () => {
    const dir = await makeTree({});
    const data = join(dir, 'brief.yaml');
    await copyFile(seed, data);
    const templates = join(dir, 'mine');
    expect(await runCli(['templates', 'copy', templates], captureIo())).toBe(0);
    const title = join(templates, 'handout', 'partials', 'title.hbs');
    sedInPlace('1s|^|<p class="meta">Метка 0</p>\\n|', title);
    const out = join(dir, 'out');
    const pdf = join(out, 'brief.handout.pdf');
    const io = captureIo();
    const stop = new AbortController();
    const watching = runCli(['watch', data, '--out', out, '--templates', templates], io, { deps: await loadPipeline(), signal: stop.signal });
    await until('the first render', () => existsSync(pdf) && io.stderr.some((l) => l.startsWith('Слежу')));
    expect(await pdfText(pdf)).toContain('Метка 0');

    let batches = io.stderr.filter((l) => l.startsWith('Готово за')).length;
    const refusals = (): number => io.stderr.filter((l) => l.startsWith(`Файл ${data} отклонён`)).length;
    for (let save = 1; save <= 5; save++) {
      const before = await mtime(pdf);
      if (save === 3) {
        // a mistake saved the same way: seen, reported, the last good PDF kept
        sedInPlace(`s|Метка ${save - 1}|Метка ${save} {{#if}}|`, title);
        await until(`the refusal of save ${save}`, () => refusals() === 1);
        expect(await mtime(pdf)).toBe(before);
        expect(io.stderr.some((l) => l.includes('оставлен прежний') && l.includes(pdf))).toBe(true);
        sedInPlace(`s| {{#if}}||`, title); // the fix is the next save by rename
        await until('the fix', async () => (await mtime(pdf)) > before);
      } else {
        sedInPlace(`s|Метка ${save - 1}|Метка ${save}|`, title);
        await until(`the re-render of save ${save}`, async () => (await mtime(pdf)) > before && (await pdfText(pdf)).includes(`Метка ${save}`));
      }
      expect(await pdfText(pdf)).toContain(`Метка ${save}`);
      const now = io.stderr.filter((l) => l.startsWith('Готово за')).length;
      expect(now).toBeGreaterThan(batches);
      batches = now;
    }
    stop.abort();
    expect(await watching).toBe(0);
  }, 300_000);
});
