import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplateSet } from '../../src/template/loadTemplateSet.js';
import { mergeThemeFile } from '../../src/template/loadTheme.js';
import { parseMarkup } from '../../src/markup/parseMarkup.js';
import { viewFixture } from '../support/viewFixture.js';
import { findElements } from '../support/markupTree.js';

const withLogo = () => ({ ...viewFixture(), logo: '/tmp/logo.png' });
const header = (options: Record<string, string>) => {
  const tree = parseMarkup(loadTemplateSet('handout').render(withLogo(), options));
  const row = findElements(findElements(tree, 'header')[0]!, 'row')[0]!;
  return findElements(row, 'col').map((c) => (findElements(c, 'image').length ? 'logo' : 'org'));
};

describe('theme options read by the templates', () => {
  it('places the header logo left by default, right or nowhere as the theme says', () => {
    expect(header({ logo: 'left' })).toEqual(['logo', 'org']);
    expect(header({})).toEqual(['logo', 'org']);
    expect(header({ logo: 'right' })).toEqual(['org', 'logo']);
    expect(header({ logo: 'none' })).toEqual(['org']);
  });

  it('takes options from a theme file merged over the built-in theme, and refuses a wrong one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'theme-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ options: { logo: 'right' } }));
    const base = loadTemplateSet('handout');
    expect(mergeThemeFile(base, good).options).toEqual({ ...base.theme.options, logo: 'right' });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ options: { logo: ['right'] } }));
    expect(() => mergeThemeFile(base, bad)).toThrow(/options\.logo/);
  });
});
