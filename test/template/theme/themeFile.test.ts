import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBriefingError, type Problem } from '../../../src/diagnostics/index.js';
import { loadTemplateSet } from '../../../src/template/loadTemplateSet.js';
import { checkThemes, mergeThemeFile } from '../../../src/template/loadTheme.js';
import { THEME_LIMITS } from '../../../src/template/theme/readThemeJson.js';

const dir = mkdtempSync(join(tmpdir(), 'theme-file-'));
function themeFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
function problemsOf(run: () => unknown): Problem[] {
  try {
    run();
  } catch (error) {
    if (isBriefingError(error)) return [...error.problems];
    throw error;
  }
  throw new Error('expected a BriefingError');
}

describe('a theme file', () => {
  it('recolours both formats with one accent, and its slides section changes the slides only', () => {
    writeFileSync(join(dir, 'logo.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    const path = themeFile(
      'brand.json',
      JSON.stringify({
        accent: '#7a1f2b',
        logo: 'logo.png',
        styles: { p: { color: 'rgb(20, 20, 20)' } },
        slides: { styles: { h1: { size: 40, color: 'navy' } } },
      }),
    );
    const handout = mergeThemeFile(loadTemplateSet('handout'), path);
    const slides = mergeThemeFile(loadTemplateSet('slides'), path);
    const builtIn = loadTemplateSet('handout').theme;
    expect(builtIn.styles['h1']!.color).toBe('#1F3A5F'); // the built-in accent
    expect(handout.accent).toBe('#7A1F2B');
    expect(handout.styles['h1']!.color).toBe('#7A1F2B');
    expect(handout.styles['.key-figure']!.background).toBe('#F4EDEE'); // a shade of the accent
    expect(handout.styles['h1']!.size).toBe(builtIn.styles['h1']!.size);
    expect(handout.styles['p']!.color).toBe('#141414');
    expect(slides.styles['p']!.color).toBe('#141414');
    expect(slides.styles['h1']).toMatchObject({ size: 40, color: '#000080' });
    expect(slides.styles['bar']!.background).toBe('#7A1F2B');
    expect(handout.logo).toBe(join(dir, 'logo.png'));
  });

  it('is refused with the line and column of each mistake, in Russian', () => {
    const path = themeFile('wrong.json', '{\n  "accent": "бордо",\n  "slides": {"styles": {"h1": {"color": "#12"}}},\n  "handuot": {}\n}\n');
    const problems = problemsOf(() => mergeThemeFile(loadTemplateSet('slides'), path));
    expect(problems.map((p) => [p.code, p.line, p.column, p.path])).toEqual([
      ['theme', 2, 13, 'accent'],
      ['theme', 3, 41, 'slides.styles.h1.color'],
      ['theme', 4, 3, 'handuot'],
    ]);
    expect(problems[2]!.hint).toBe('возможно, handout');
    const syntax = problemsOf(() => mergeThemeFile(loadTemplateSet('slides'), themeFile('syntax.json', '{"page": {header: 20}}')));
    expect(syntax).toEqual([
      expect.objectContaining({ line: 1, column: 11, message: 'тема не читается как JSON: имя поля или строка без двойных кавычек, найдено «header»' }),
    ]);
  });

  it('is named once per run, not once per format', () => {
    const path = themeFile('shared.json', '{"styles": {"h1": {"size": "big"}}}');
    expect(checkThemes(['handout', 'slides'], undefined, path)).toHaveLength(1);
  });

  it('may not ask the layout for what it cannot do: a header below the page, huge margins, deep nesting, a huge file', () => {
    const header = problemsOf(() => mergeThemeFile(loadTemplateSet('handout'), themeFile('h.json', '{"page":{"header":900}}')));
    expect(header).toEqual([
      expect.objectContaining({ path: 'page.header', line: 1, column: 19, message: expect.stringContaining('не помещается на страницу handout') }),
    ]);
    const margins = problemsOf(() => mergeThemeFile(loadTemplateSet('slides'), themeFile('m.json', '{"page":{"margin":[300,10,300,10]}}')));
    expect(margins[0]!.message).toMatch(/не оставляют места для текста/);
    const size = problemsOf(() => mergeThemeFile(loadTemplateSet('handout'), themeFile('s.json', '{"styles":{"p":{"size":0}}}')));
    expect(size[0]!.message).toMatch(/ожидалось число от 1 до 200/);
    const deep = problemsOf(() => mergeThemeFile(loadTemplateSet('handout'), themeFile('d.json', `{"options":${'['.repeat(20)}${']'.repeat(20)}}`)));
    expect(deep[0]!.message).toBe(`тема вложена глубже ${THEME_LIMITS.depth} уровней`);
    const big = problemsOf(() => mergeThemeFile(loadTemplateSet('handout'), themeFile('b.json', `{"options":{"x":"${'a'.repeat(THEME_LIMITS.bytes)}"}}`)));
    expect(big[0]!.message).toMatch(/^файл темы слишком велик/);
  });
});
