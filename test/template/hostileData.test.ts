import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parseMarkup.js';
import type { MarkupElement } from '../../src/markup/types.js';
import { loadTemplateSet } from '../../src/template/loadTemplateSet.js';
import { allElements, findElements } from '../support/markupTree.js';
import { figure, run, viewFixture } from '../support/viewFixture.js';

/** Data that must come back as text, never as markup. */
const HOSTILE = [
  '<b>bold?</b>',
  '&amp; &lt; &#x3D; &nbsp;',
  '{{title}} {{{logo}}} {{> header}}',
  ']]> <![CDATA[x]]> <!-- c -->',
  '"double" \'single\' `back` = <',
  '*not italic* **not bold** * lone',
  '</p></document><document>',
  '<page-number/> data-src="evil.hbs:1"',
];

function renderView(mutate: (view: ReturnType<typeof viewFixture>, s: string) => void, s: string): MarkupElement {
  const view = viewFixture();
  mutate(view, s);
  return parseMarkup(loadTemplateSet('handout').render(view));
}

/** The only child of the first element matching, which must be one text node. */
function soleText(tree: MarkupElement, name: string, cls?: string): string {
  const el = findElements(tree, name, cls)[0];
  expect(el, `<${name}${cls ? '.' + cls : ''}>`).toBeDefined();
  expect(el!.children).toHaveLength(1);
  const child = el!.children[0]!;
  expect(child.kind).toBe('text');
  return child.kind === 'text' ? child.text : '';
}

const vocabularyOfFixture = (() => {
  const tree = parseMarkup(loadTemplateSet('handout').render(viewFixture()));
  return new Set(allElements(tree).map((e) => e.name));
})();

describe.each(HOSTILE)('hostile data %j', (s) => {
  it('comes back as the exact text of plain fields', () => {
    const tree = renderView((v, x) => {
      v.title = x;
      v.subtitle = x;
      v.organization = x;
      v.speakers[0]!.name = x;
      v.sections[0]!.points = [x];
      v.results = [x];
      v.contacts = [{ label: x, value: x }];
      v.source = x;
    }, s);
    expect(soleText(tree, 'h1')).toBe(s);
    expect(soleText(tree, 'p', 'subtitle')).toBe(s);
    expect(soleText(tree, 'p', 'header-org')).toBe(s);
    expect(soleText(tree, 'b')).toBe(s); // the first speaker's name
    expect(soleText(findElements(tree, 'block', 'section')[0]!, 'li')).toBe(s);
    expect(soleText(findElements(tree, 'block', 'results')[0]!, 'li')).toBe(s);
    expect(soleText(tree, 'td', 'contact-label')).toBe(s);
    expect(soleText(tree, 'td', 'contact-value')).toBe(s);
    expect(soleText(tree, 'p', 'source')).toBe(s);
    // nothing but the elements the template itself writes
    for (const e of allElements(tree)) expect(vocabularyOfFixture.has(e.name)).toBe(true);
  });

  it('comes back as the exact text of rich runs, figures and notes', () => {
    const tree = renderView((v, x) => {
      v.lead = [[run(x), run(x, true), run(x, false, true)]];
      const f = figure({ label: x, number: 1, value: x, unit: x, note: x, noteMark: '1', share: x, change: x, changeValue: x });
      v.keyFigures = [f];
      v.statistics = [{ title: x, period: x, chart: null, items: [f], notes: [{ mark: '1', text: x }], hasShare: true, hasChange: true }];
    }, s);
    const lead = findElements(tree, 'p', 'lead')[0]!;
    expect(lead.children).toEqual([
      { kind: 'text', text: s },
      expect.objectContaining({ name: 'b', children: [{ kind: 'text', text: s }] }),
      expect.objectContaining({ name: 'i', children: [{ kind: 'text', text: s }] }),
    ]);
    expect(soleText(tree, 'p', 'figure-label')).toBe(s);
    expect(soleText(tree, 'p', 'figure-value')).toBe(s);
    expect(soleText(tree, 'p', 'figure-unit')).toBe(s);
    const group = findElements(tree, 'block', 'stat-group')[0]!;
    expect(soleText(group, 'h2')).toBe(s);
    expect(soleText(group, 'p', 'period')).toBe(s);
    const label = findElements(group, 'td', 'label')[0]!;
    expect(label.children[0]).toEqual({ kind: 'text', text: s });
    expect(
      findElements(group, 'td')
        .slice(2)
        .map((td) => td.children),
    ).toEqual([[{ kind: 'text', text: s }], [{ kind: 'text', text: s }]]);
    expect(findElements(group, 'p', 'note')[0]!.children.at(-1)).toEqual({ kind: 'text', text: ` ${s}` });
  });

  it('comes back exactly in an attribute (the logo path)', () => {
    const tree = renderView((v, x) => (v.logo = `/tmp/${x}.png`), s);
    expect(findElements(tree, 'image')[0]!.attrs).toEqual({ src: `/tmp/${s}.png`, height: '22' });
  });
});

describe('characters XML forbids', () => {
  it('are dropped from data instead of breaking the parse', () => {
    const tree = renderView((v) => {
      v.title = 'До\u0001ля\u0000 \u000Bотчёта\uFFFF';
      v.lead = [[run('a\u0008b', true)]];
    }, '');
    expect(soleText(tree, 'h1')).toBe('Доля отчёта');
    expect(findElements(findElements(tree, 'p', 'lead')[0]!, 'b')[0]!.children).toEqual([{ kind: 'text', text: 'ab' }]);
  });

  it('keep tabs and line breaks of data', () => {
    const tree = renderView((v) => (v.title = 'a\tb\nc'), '');
    expect(soleText(tree, 'h1')).toBe('a\tb\nc');
  });
});
