import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.js';
import { readPdf, withoutSubsetTag } from '../../support/readPdf.js';
import type { ReadPdf } from '../../support/readPdf.js';
import { captureIo, listDir, makeTree } from '../fakes.js';

const root = resolve(import.meta.dirname, '../../..');
const seed = join(root, 'data/astana-2025-12-03.yaml');
const seedTitle = 'Противодействие наркопреступности в Астане';

async function renderSeed(extra: string[]): Promise<{ code: number; stderr: string; pdf?: ReadPdf }> {
  const out = await makeTree({});
  const io = captureIo();
  const code = await runCli(['render', seed, '--out', out, ...extra], io);
  const file = join(out, 'astana-2025-12-03.handout.pdf');
  const pdf = existsSync(file) ? await readPdf(new Uint8Array(await readFile(file))) : undefined;
  return { code, stderr: io.stderr.join('\n'), ...(pdf ? { pdf } : {}) };
}

describe('briefing templates copy', () => {
  it('copies the built-in templates, and keeps a copy that is there unless --force', async () => {
    const dir = join(await makeTree({}), 'mine');
    const io = captureIo();
    expect(await runCli(['templates', 'copy', dir], io)).toBe(0);
    expect(await listDir(join(dir, 'handout'))).toEqual(['layout.hbs', 'partials', 'theme.json']);
    expect(await readFile(join(dir, 'handout', 'layout.hbs'), 'utf8')).toBe(await readFile(join(root, 'templates/handout/layout.hbs'), 'utf8'));
    expect(io.stdout).toContain(`скопированы шаблоны ${join(dir, 'handout')}`);

    await writeFile(join(dir, 'handout', 'partials', 'title.hbs'), 'мой');
    const again = captureIo();
    expect(await runCli(['templates', 'copy', dir], again)).toBe(1);
    expect(again.stderr[0]).toBe(`Папка ${join(dir, 'handout')} уже есть и не перезаписана.`);
    expect(await readFile(join(dir, 'handout', 'partials', 'title.hbs'), 'utf8')).toBe('мой');
    expect(await runCli(['templates', 'copy', dir, '--force'], captureIo())).toBe(0);
    expect(await readFile(join(dir, 'handout', 'partials', 'title.hbs'), 'utf8')).not.toBe('мой');
  });
});

describe('render --templates with a copy of the built-in templates', () => {
  it('draws with the edited partial', async () => {
    const dir = join(await makeTree({}), 'mine');
    await runCli(['templates', 'copy', dir], captureIo());
    await writeFile(join(dir, 'handout', 'partials', 'title.hbs'), '<h1>{{title}}</h1>\n<p class="meta">Свой шаблон: {{date}}</p>\n');
    const { code, pdf } = await renderSeed(['--templates', dir]);
    expect(code).toBe(0);
    const text = pdf!.pages[0]!.text.replace(/\s+/g, ' ');
    expect(text).toContain('Свой шаблон: 3 декабря 2025 г.');
    expect(text).toContain(seedTitle);
  }, 60_000);

  it('names the file and line of a mistake in a user template, and refuses the file', async () => {
    const dir = join(await makeTree({}), 'mine');
    await runCli(['templates', 'copy', dir], captureIo());
    const partial = join(dir, 'handout', 'partials', 'title.hbs');
    await writeFile(partial, '<h1>{{title}}</h1>\n\n<p class="meta">{{shout date}}</p>\n');
    const { code, stderr, pdf } = await renderSeed(['--templates', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${partial}:3`);
    expect(stderr).toMatch(/shout/);
    expect(pdf).toBeUndefined();
  }, 60_000);
});

describe('render --theme', () => {
  it('merges the theme file over the built-in theme: fonts and sizes change, the rest stays', async () => {
    const dir = await makeTree({ 'theme.json': JSON.stringify({ fonts: { sans: ['NotoSans'] }, styles: { h1: { size: 30, color: '#AA0000' } } }) });
    const plain = (await renderSeed([])).pdf!;
    const { code, pdf } = await renderSeed(['--theme', join(dir, 'theme.json')]);
    expect(code).toBe(0);
    const fonts = (p: ReadPdf) => p.fonts.map((f) => withoutSubsetTag(f.name)).sort();
    expect(fonts(plain)).toContain('PTSans-Bold');
    expect(fonts(pdf!)).toContain('NotoSans-Bold');
    expect(fonts(pdf!).filter((f) => f.startsWith('PTSans'))).toEqual([]);
    expect(fonts(pdf!)).toContain('PTSerif-Regular'); // the serif family was not touched
    const titleHeight = (p: ReadPdf) => p.pages[0]!.items.find((i) => seedTitle.startsWith(i.str) && i.str.length > 5)!.height;
    expect(titleHeight(pdf!)).toBeCloseTo(30, 0);
    expect(titleHeight(plain)).toBeLessThan(25);
  }, 60_000);

  it('refuses a theme with mistakes, naming the file and every problem', async () => {
    const dir = await makeTree({
      'bad.json': JSON.stringify({ page: { margins: [1, 2, 3, 4] }, styles: { h1: { colour: '#AA0000', size: 'большой' } }, colors: {} }),
      'broken.json': '{\n  "styles": {\n    "h1": { "size": 30, }\n  }\n}\n',
    });
    // a theme is a part of the command line: exit 2, named once, each problem with its line and column
    const bad = await renderSeed(['--theme', join(dir, 'bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.pdf).toBeUndefined();
    expect(bad.stderr).not.toContain('отклонён');
    expect(bad.stderr.match(/тема .* отклонена/g)).toHaveLength(1);
    for (const message of [
      'colors: неизвестный раздел темы',
      'page.margins: неизвестное поле',
      'styles.h1.colour: неизвестное свойство',
      'styles.h1.size: ожидалось число',
    ]) {
      expect(bad.stderr).toMatch(new RegExp(`${join(dir, 'bad.json')}:1:\\d+: ${message.replace(/[.[\]"]/g, '\\$&')}`));
    }
    const broken = await renderSeed(['--theme', join(dir, 'broken.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${join(dir, 'broken.json')}:3:25: тема не читается как JSON: ожидалось имя поля в двойных кавычках, найдено «}»`);
    expect(broken.stderr).not.toContain('PropertyNameExpected');
  }, 60_000);
});
