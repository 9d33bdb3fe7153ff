import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parseMarkup.js';
import { keepTemplatesForSnapshot, loadTemplateSet } from '../../src/template/loadTemplateSet.js';
import { problemsOf } from '../support/expectBriefingError.js';
import { findElements, textOf } from '../support/markupTree.js';
import { viewFixture } from '../support/viewFixture.js';

/** A fresh user template folder: `files` maps paths under `<dir>/handout/` to their text. */
function userDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-templates-'));
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, 'handout', rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return dir;
}

describe('template sets kept in the startup snapshot', () => {
  it('are used again only while every file of them reads the same: a changed, added or removed partial compiles anew', () => {
    const layout = '<document page="a4">\n{{> header}}\n</document>\n';
    const header = (text: string) => `<header>\n  <p class="mine">${text}</p>\n</header>\n`;
    const dir = userDir({ 'layout.hbs': layout, 'partials/header.hbs': header('один') });
    const first = loadTemplateSet('handout', dir);
    keepTemplatesForSnapshot();
    // As after start-up from the snapshot: the same files give back the same compiled set.
    const same = loadTemplateSet('handout', dir);
    expect(same).toBe(first);
    keepTemplatesForSnapshot();
    writeFileSync(join(dir, 'handout', 'partials', 'header.hbs'), header('два'));
    const changed = loadTemplateSet('handout', dir);
    expect(changed).not.toBe(first);
    expect(textOf(findElements(parseMarkup(changed.render(viewFixture())), 'p', 'mine')[0]!)).toBe('два');
    keepTemplatesForSnapshot();
    writeFileSync(join(dir, 'handout', 'partials', 'extra.hbs'), '<p>x</p>\n');
    expect(loadTemplateSet('handout', dir)).not.toBe(changed);
  });
});

describe('user templates', () => {
  it('take the layout and partials from the user folder, the rest built-in', () => {
    const dir = userDir({
      'layout.hbs': '<document page="a4">\n{{> header}}\n{{> title}}\n</document>\n',
      'partials/header.hbs': '<header>\n  <p class="mine">{{organization}}</p>\n</header>\n',
    });
    const set = loadTemplateSet('handout', dir);
    expect(set.theme).toEqual(loadTemplateSet('handout').theme);
    const tree = parseMarkup(set.render(viewFixture()));
    const mine = findElements(tree, 'p', 'mine')[0]!;
    expect(textOf(mine)).toBe('Департамент полиции города Астаны');
    expect(mine.pos).toEqual({ template: join(dir, 'handout', 'partials', 'header.hbs'), line: 2 });
    expect(findElements(tree, 'h1')[0]!.pos).toEqual({ template: 'handout/partials/title.hbs', line: 2 });
  });

  it('use the user theme when there is one', () => {
    const theme = { page: { margin: [10, 10, 10, 10], header: 0, footer: 0 }, fonts: { sans: ['PTSans'] }, styles: { p: { font: 'sans' } } };
    const dir = userDir({ 'layout.hbs': '<document/>', 'theme.json': JSON.stringify(theme) });
    expect(loadTemplateSet('handout', dir).theme).toEqual({ ...theme, options: {}, accent: '#1F3A5F' });
  });

  it('need a layout: a missing one is a usage error', () => {
    const dir = userDir({ 'partials/header.hbs': '<header/>' });
    const problems = problemsOf(() => loadTemplateSet('handout', dir));
    expect(problems[0]).toMatchObject({ code: 'usage', message: expect.stringContaining(join(dir, 'handout', 'layout.hbs')) });
    const empty = mkdtempSync(join(tmpdir(), 'briefing-templates-'));
    expect(problemsOf(() => loadTemplateSet('slides', empty))[0]!.code).toBe('usage');
  });

  it('report a Handlebars syntax error with the file and line, when loading', () => {
    const dir = userDir({ 'layout.hbs': '<document>\n{{> header}}\n{{#if title}}\n<h1>{{title}}</h1>\n</document>\n' });
    const problems = problemsOf(() => loadTemplateSet('handout', dir));
    expect(problems).toEqual([expect.objectContaining({ code: 'template', file: join(dir, 'handout', 'layout.hbs') })]);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
    expect(problems[0]!.message).toBe('ошибка в шаблоне: шаблон кончился, а блок {{#…}} не закрыт');
    expect(problems[0]!.message).not.toMatch(/Expecting|OPEN_|CLOSE_/); // no parser tokens

    const unclosed = userDir({ 'layout.hbs': '<document>\n<h1>{{title}</h1>\n</document>\n' });
    expect(problemsOf(() => loadTemplateSet('handout', unclosed))[0]).toMatchObject({
      line: 2,
      column: 12,
      excerpt: '{{title}</h1>',
      message: 'ошибка в шаблоне: {{…}} не закрыта: ожидалось }} в «{{title}</h1>»',
    });
  });

  it('report an unknown helper in a partial with its file and line, when loading', () => {
    const dir = userDir({
      'layout.hbs': '<document>{{> extra}}</document>',
      'partials/extra.hbs': '<p>\n  {{shout title}}\n</p>',
    });
    const problems = problemsOf(() => loadTemplateSet('handout', dir));
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'template',
        file: join(dir, 'handout', 'partials', 'extra.hbs'),
        line: 2,
        message: 'ошибка в шаблоне: неизвестный хелпер «shout»',
        hint: expect.stringContaining('rich'),
      }),
    ]);
  });

  it('refuse unescaped mustaches, which would let data become markup', () => {
    const dir = userDir({ 'layout.hbs': '<document>\n<h1>{{{title}}}</h1>\n{{#if subtitle}}\n<p>{{& subtitle}}</p>{{/if}}\n</document>' });
    const problems = problemsOf(() => loadTemplateSet('handout', dir));
    expect(problems.map((p) => [p.code, p.file, p.line])).toEqual([
      ['template', join(dir, 'handout', 'layout.hbs'), 2],
      ['template', join(dir, 'handout', 'layout.hbs'), 4],
    ]);
  });

  it('report a missing field (strict mode) with the partial and line, when rendering', () => {
    const dir = userDir({
      'layout.hbs': '<document>\n  {{> speakers-list}}\n</document>',
      'partials/speakers-list.hbs': '{{#each speakers}}\n<p>\n  {{name}}\n  {{nickname}}\n</p>\n{{/each}}\n',
    });
    const set = loadTemplateSet('handout', dir);
    const problems = problemsOf(() => set.render(viewFixture()));
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'template',
        file: join(dir, 'handout', 'partials', 'speakers-list.hbs'),
        line: 4,
        column: 3,
        message: 'ошибка в шаблоне: нет поля «nickname»: {{nickname}}',
      }),
    ]);
    expect(problems[0]!.hint).not.toContain('src/view');
    const typo = userDir({ 'layout.hbs': '<document>\n<h1>{{titel}}</h1>\n</document>' });
    expect(problemsOf(() => loadTemplateSet('handout', typo).render(viewFixture()))[0]!.hint).toBe(
      'возможно, {{title}}; поля для шаблонов описаны в docs/markup.md',
    );
  });

  it('report a missing partial in the template that calls it', () => {
    const dir = userDir({ 'layout.hbs': '<document>\n\n{{> nothing-here}}</document>' });
    const problems = problemsOf(() => loadTemplateSet('handout', dir).render(viewFixture()));
    expect(problems[0]).toMatchObject({
      code: 'template',
      file: join(dir, 'handout', 'layout.hbs'),
      message: 'ошибка в шаблоне: нет частичного шаблона «nothing-here»',
    });
  });

  it('have markup errors reported at the user template and line', () => {
    const dir = userDir({ 'layout.hbs': '<document page="a4">\n  <h1>{{title}}</h1>\n  <tabel columns="1*"/>\n  <p colour="red">x</p>\n</document>\n' });
    const markup = loadTemplateSet('handout', dir).render(viewFixture());
    const problems = problemsOf(() => parseMarkup(markup));
    const file = join(dir, 'handout', 'layout.hbs');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'markup', file, line: 3, message: expect.stringMatching(/^разметка 3:3: неизвестный элемент <tabel>/) }),
      expect.objectContaining({ code: 'markup', file, line: 4, message: expect.stringContaining('нет атрибута colour') }),
    ]);
  });

  it('have a broken theme reported with the theme file', () => {
    const dir = userDir({
      'layout.hbs': '<document/>',
      'theme.json': JSON.stringify({
        page: { margin: [1, 2], header: 0, footer: 0 },
        fonts: { sans: ['PTSans'] },
        styles: { p: { font: 'serif', colour: '#000000', size: '10' }, 'p..x': {} },
      }),
    });
    const problems = problemsOf(() => loadTemplateSet('handout', dir));
    const file = join(dir, 'handout', 'theme.json');
    expect(problems.every((p) => p.code === 'theme' && p.file === file && p.line === 1)).toBe(true);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      expect.stringContaining('page.margin: ожидались четыре числа'),
      expect.stringContaining('styles.p.font: семейство «serif» не описано'),
      expect.stringContaining('styles.p.colour: неизвестное свойство'),
      expect.stringContaining('styles.p.size: ожидалось число'),
      expect.stringContaining('styles["p..x"]: селектор'),
    ]);
    const notJson = userDir({ 'layout.hbs': '<document/>', 'theme.json': '{ "page": ' });
    expect(problemsOf(() => loadTemplateSet('handout', notJson))[0]!.message).toMatch(/^тема не читается как JSON/);
  });
});
