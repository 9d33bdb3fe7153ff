/**
 * The press release read back: the page parsed by a real HTML5 parser (no
 * error, every element closed, no script, semantic elements, lang and
 * datetime set), every figure, name, date and article in its text and in
 * the plain-text twin; data that looks like HTML or Handlebars stays text.
 */
import { describe, expect, it } from 'vitest';
import { loadBriefing, renderBriefing, renderRelease } from '../../src/pipeline.js';
import { buildView } from '../../src/view/buildView.js';
import { validateBriefing } from '../../src/model/validateBriefing.js';
import type { Briefing } from '../../src/model/schema.js';
import { readHtml, treeDiffersFromSource, unbalancedTags } from '../support/readHtml.js';
import { expectedValues } from '../support/expectedValues.js';
import { containsValue } from '../support/pdfText.js';
import { MINIMAL } from '../support/briefingFiles.js';
import { SEED, loadData, richerSeed } from '../support/seedVariants.js';

function expectWellFormed(html: string) {
  const page = readHtml(html);
  expect(page.errors).toEqual([]);
  expect(unbalancedTags(html)).toEqual([]);
  expect(treeDiffersFromSource(html)).toBeNull();
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(page.elements.filter((e) => e.tagName === 'script')).toEqual([]);
  expect(page.elements.some((e) => e.attrs.some((a) => a.name.startsWith('on')))).toBe(false);
  return page;
}

function expectEveryValue(briefing: Briefing, html: string, text: string) {
  const page = readHtml(html);
  const values = expectedValues(buildView(validateBriefing(briefing)));
  expect(values.length).toBeGreaterThan(20);
  for (const value of values) {
    expect(containsValue(page.text, value), `html: ${value}`).toBe(true);
    expect(containsValue(text, value), `txt: ${value}`).toBe(true);
  }
}

describe('the checks themselves', () => {
  it('see parse errors, unclosed elements and scripts', () => {
    expect(readHtml('<!DOCTYPE html><p a="1" a="2">x</p>').errors.length).toBeGreaterThan(0);
    expect(readHtml('<html><body></body></html>').errors.length).toBeGreaterThan(0); // no doctype
    expect(treeDiffersFromSource('<!DOCTYPE html><html><head></head><body><table><p>x</p></table></body></html>')).not.toBeNull();
    expect(treeDiffersFromSource('<!DOCTYPE html><html><head></head><body><table><tr><td>x</td></tr></table></body></html>')).not.toBeNull();
    expect(treeDiffersFromSource('<!DOCTYPE html><html><head></head><body><p>x</p></body></html>')).toBeNull();
    expect(unbalancedTags('<p><b>x</p>')).not.toEqual([]);
    expect(unbalancedTags('<ul><li>x</ul>')).not.toEqual([]);
    expect(unbalancedTags('<p>x<br></p><meta charset="utf-8">')).toEqual([]);
    expect(readHtml('<!DOCTYPE html><html><body><script>x</script></body></html>').elements.some((e) => e.tagName === 'script')).toBe(true);
  });
});

describe('release: the seed', async () => {
  const briefing = await loadBriefing(SEED);
  const release = await renderRelease(briefing);
  const view = buildView(validateBriefing(briefing));

  it('is one valid HTML5 page without script, with a small embedded stylesheet', () => {
    const page = expectWellFormed(release.html);
    const styles = page.elements.filter((e) => e.tagName === 'style');
    expect(styles).toHaveLength(1);
    expect(page.elements.some((e) => e.tagName === 'link')).toBe(false);
    expect(release.html.length).toBeLessThan(40_000);
  });

  it('uses semantic markup: lang, h1, time datetime, lists and tables', () => {
    const page = readHtml(release.html);
    const tags = (name: string) => page.elements.filter((e) => e.tagName === name);
    expect(page.attr(tags('html')[0]!, 'lang')).toBe('ru');
    expect(tags('h1')).toHaveLength(1);
    expect(tags('table')).toHaveLength(view.statistics.length + view.legal.filter((l) => l.items.length > 0).length);
    expect(tags('th').length).toBeGreaterThan(0);
    expect(tags('ul').length).toBeGreaterThanOrEqual(2);
    const datetimes = tags('time').map((t) => page.attr(t, 'datetime'));
    expect(datetimes).toEqual(['2025-12-03', '2025-03-11']);
  });

  it('comes in news order: headline, dateline, lead, figures, legal change, source', () => {
    const text = readHtml(release.html).text.replace(/\s+/g, ' ');
    const at = (s: string) => text.indexOf(s.replace(/\s+/g, ' '));
    const order = [
      'Противодействие наркопреступности',
      '3 декабря 2025',
      'Алия Кибаткызы',
      'Наркопреступность продолжает',
      '698 фактов',
      'КоАП РК',
      'По материалам BAQ.KZ',
    ];
    const positions = order.map(at);
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has every figure, name, date and article of the data, in the page and the text', () => {
    expectEveryValue(briefing, release.html, release.text);
    for (const figure of ['698\u00A0фактов', '1\u00A0263\u00A0интернет-ресурса', '29,7\u00A0% от\u00A0698', '74,7\u00A0% от\u00A0683']) {
      expect(release.html).toContain(figure);
      expect(release.text).toContain(figure);
    }
  });

  it('is the same page from renderBriefing --format release', async () => {
    const bytes = await renderBriefing(briefing, { format: 'release' });
    expect(new TextDecoder().decode(bytes)).toBe(release.html);
  });

  it('gives a plain text without markup', () => {
    expect(release.text).not.toMatch(/<[a-z/]/i);
    expect(release.text.startsWith('Противодействие')).toBe(true);
    expect(release.text).not.toMatch(/\n{3,}/);
  });
});

describe('release: quotes, contacts, languages, hostile data', () => {
  it('puts quotes in blockquote with the speaker, and contacts', async () => {
    const briefing = await loadData(richerSeed());
    const release = await renderRelease(briefing);
    const page = expectWellFormed(release.html);
    const quote = page.elements.find((e) => e.tagName === 'blockquote');
    expect(quote).toBeDefined();
    expect(release.html).toMatch(/<blockquote>\s*<p>Мы\u00A0«не\u00A0остановимся»\u00A0— работа <b>продолжается<\/b>\.<\/p>/);
    expect(release.html).toContain('<figcaption>— Алия Кибаткызы, старший');
    expect(release.html).toContain('<sup>1</sup>');
    expectEveryValue(briefing, release.html, release.text);
    expect(release.text).toContain('[1]');
    expect(release.text).not.toContain('**');
  });

  it.each([
    ['kk', '2025 жылғы 3 желтоқсан', '1\u00A0263'],
    ['en', '3 December 2025', '1,263'],
  ] as const)('in %s: lang set, dates and numbers of the language', async (lang, date, number) => {
    const briefing = await loadData(richerSeed(lang));
    const release = await renderRelease(briefing);
    const page = expectWellFormed(release.html);
    expect(
      page.attr(
        page.elements.find((e) => e.tagName === 'html')!,
        'lang',
      ),
    ).toBe(lang);
    expect(containsValue(page.text, date)).toBe(true);
    expect(release.html).toContain(number);
    expectEveryValue(briefing, release.html, release.text);
    // the template's own words come from the locale
    expect(page.text).toContain(buildView(validateBriefing(briefing)).words.legal!);
  });

  it('keeps data that looks like HTML or Handlebars as text', async () => {
    const nasty = ['<script>alert(1)</script>', '& и &amp;', '{{title}}', '{{{source}}}', '"><img src=x onerror=alert(1)>', '</p></article>'];
    const briefing = await loadData({
      ...MINIMAL,
      title: nasty.join(' '),
      subtitle: '<b>не жирный</b>',
      lead: 'Вводный <i>текст</i> и **жирный**',
      speakers: [{ name: 'Иванов {{name}} <b>', position: '<style>body{}</style>' }],
      statistics: [{ title: '<h2>Группа</h2>', items: [{ label: '<td>метка</td> &', value: 5, unit: '&lt;шт&gt;', note: '<i>сноска</i>' }] }],
      quotes: [{ text: '</blockquote><script>x()</script>', speaker: 'Иванов {{name}} <b>' }],
      contacts: [{ label: '<a href="javascript:x">сайт</a>', value: 'javascript:alert(1)' }],
      source: '{{> style}}',
    });
    const release = await renderRelease(briefing);
    const page = expectWellFormed(release.html);
    expect(page.elements.map((e) => e.tagName).filter((t) => ['img', 'a', 'i'].includes(t))).toEqual([]);
    expect(page.elements.filter((e) => e.tagName === 'style')).toHaveLength(1);
    for (const value of [
      ...nasty,
      '<b>не жирный</b>',
      'Вводный <i>текст</i> и',
      'Иванов {{name}} <b>',
      '<style>body{}</style>',
      '<h2>Группа</h2>',
      '<td>метка</td> &',
      '&lt;шт&gt;',
      '<i>сноска</i>',
      '</blockquote><script>x()</script>',
      '<a href="javascript:x">сайт</a>',
      '{{> style}}',
    ]) {
      expect(containsValue(page.text, value), `html: ${value}`).toBe(true);
      expect(containsValue(release.text, value), `txt: ${value}`).toBe(true);
    }
  });
});

describe("release: a user's own templates", () => {
  it('replaces a partial by name from <templates>/release/html/partials/, the rest stays built-in', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tempDir } = await import('../support/briefingFiles.js');
    const dir = tempDir('briefing-release-templates-');
    mkdirSync(join(dir, 'release', 'html', 'partials'), { recursive: true });
    writeFileSync(
      join(dir, 'release', 'html', 'partials', 'contacts.hbs'),
      '<p class="mine">{{words.contacts}}: {{#each contacts}}{{label}} {{value}}{{/each}}</p>\n',
    );
    const release = await renderRelease(await loadData(richerSeed()), { templates: dir });
    expectWellFormed(release.html);
    expect(release.html).toContain('<p class="mine">Контакты: Телефон');
    expect(release.html).toContain('<h1>');
  });

  it('refuses {{{…}}} in an HTML template, naming the file and line', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tempDir } = await import('../support/briefingFiles.js');
    const dir = tempDir('briefing-release-templates-');
    mkdirSync(join(dir, 'release', 'html'), { recursive: true });
    writeFileSync(join(dir, 'release', 'html', 'layout.hbs'), '<!DOCTYPE html>\n<p>{{{title}}}</p>\n');
    await expect(renderRelease(await loadData(richerSeed()), { templates: dir })).rejects.toMatchObject({
      problems: [expect.objectContaining({ code: 'template', line: 2, file: join(dir, 'release', 'html', 'layout.hbs') })],
    });
  });
});

describe('release: control and invisible characters', () => {
  it('gives a page without parse errors and a text without control characters', async () => {
    const briefing = await loadData({
      ...MINIMAL,
      title: 'Звонок\u0007 и\u0000 табуляция\tздесь\u0085',
      lead: 'abc\u202Edef\u202C и ноль\u200Bширины\uFDD0',
      statistics: [{ title: 'Группа\u000B', items: [{ label: 'Метка\u001F', value: 1, note: 'сноска\u0008' }] }],
    });
    const release = await renderRelease(briefing);
    const page = expectWellFormed(release.html);
    expect(containsValue(page.text, 'Звонок и табуляция здесь')).toBe(true);
    expect(release.text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    expect(containsValue(release.text, 'abcdef и нольширины')).toBe(true);
  });
});
