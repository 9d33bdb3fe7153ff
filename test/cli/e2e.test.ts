import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTree } from './fakes.js';

/**
 * End-to-end: the real `bin/briefing.js` over the built `dist/`. Skipped
 * until the pipeline is built (`npm run build`) and the seed briefing exists.
 */
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/briefing.js');
const seed = join(root, 'data/astana-2025-12-03.yaml');
const built = existsSync(join(root, 'dist/cli/main.js'));
const pipelineBuilt = built && existsSync(join(root, 'dist/pipeline.js')) && existsSync(seed);

function briefing(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.skipIf(!built)('bin/briefing.js, command line only', () => {
  it('prints the version and exits 2 for a wrong command line', () => {
    const pkg = briefing(['--version']);
    expect(pkg.code).toBe(0);
    expect(pkg.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const wrong = briefing(['render', 'data', '--format', 'poster']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('неизвестный формат «poster»');
  });
});

describe.skipIf(!pipelineBuilt)('bin/briefing.js with the real pipeline', () => {
  it('renders the seed handout into a PDF that a PDF reader opens, with the title in its info', async () => {
    const out = await makeTree({});
    const run = briefing(['render', seed, '--out', out]);
    expect(run.stderr.replace(/^.*предупреждени.*$/gim, '').trim()).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`записан ${join(out, 'astana-2025-12-03.handout.pdf')}`);
    expect(await readdir(out)).toEqual(['astana-2025-12-03.handout.pdf']);

    const bytes = new Uint8Array(await readFile(join(out, 'astana-2025-12-03.handout.pdf')));
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: bytes, useSystemFonts: false }).promise;
    expect(pdf.numPages).toBeGreaterThanOrEqual(1);
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
    const { title } = parse(await readFile(seed, 'utf8')) as { title: string };
    expect(info.Title).toBe(title);
    await pdf.destroy();
  });

  it('refuses a bad file with exit 1, file:line on stderr, and no PDF', async () => {
    const dir = await makeTree({
      'bad.yaml': [
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
      ].join('\n'),
    });
    const out = join(dir, 'out');
    const run = briefing(['render', join(dir, 'bad.yaml'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.yaml:10:\d+: statistics\[0\]\.items\[0\]\.value/);
    expect(run.stdout).toBe('');
    expect(existsSync(out) ? await readdir(out) : []).toEqual([]);
  });
});
