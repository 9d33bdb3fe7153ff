import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parseMarkup.js';
import { problemsOf } from '../support/expectBriefingError.js';

const at = (line: number) => `data-src="handout/partials/x.hbs:${line}"`;

describe('parseMarkup: valid markup', () => {
  it('builds the element tree with template positions and drops whitespace between blocks', () => {
    const markup = [
      `<document ${at(1)} page="a4" lang="ru">`,
      `  <h1 ${at(2)}>Title</h1>`,
      `  <p ${at(3)} class="lead">Hello <b ${at(3)}>bold</b> <i>and</i>  more</p>`,
      `  <list ${at(4)}>`,
      `    <li ${at(5)}>one</li>`,
      `  </list>`,
      `</document>`,
    ].join('\n');
    const pos = (line: number) => ({ template: 'handout/partials/x.hbs', line });
    expect(parseMarkup(markup)).toEqual({
      kind: 'element',
      name: 'document',
      attrs: { page: 'a4', lang: 'ru' },
      pos: pos(1),
      children: [
        { kind: 'element', name: 'h1', attrs: {}, pos: pos(2), children: [{ kind: 'text', text: 'Title' }] },
        {
          kind: 'element',
          name: 'p',
          attrs: { class: 'lead' },
          pos: pos(3),
          children: [
            { kind: 'text', text: 'Hello ' },
            { kind: 'element', name: 'b', attrs: {}, pos: pos(3), children: [{ kind: 'text', text: 'bold' }] },
            { kind: 'text', text: ' ' },
            // no data-src (written by a helper): the parent's position
            { kind: 'element', name: 'i', attrs: {}, pos: pos(3), children: [{ kind: 'text', text: 'and' }] },
            { kind: 'text', text: '  more' },
          ],
        },
        {
          kind: 'element',
          name: 'list',
          attrs: {},
          pos: pos(4),
          children: [{ kind: 'element', name: 'li', attrs: {}, pos: pos(5), children: [{ kind: 'text', text: 'one' }] }],
        },
      ],
    });
  });

  it('decodes entities, Handlebars escapes included', () => {
    const tree = parseMarkup(`<document><p>&amp;&lt;&gt;&quot;&#x27;&#x60;&#x3D;&#160;&#x1F600;</p></document>`);
    const p = tree.children[0];
    expect(p?.kind === 'element' && p.children).toEqual([{ kind: 'text', text: '&<>"\'`=\u00A0😀' }]);
  });

  it('keeps text exactly: spaces, line breaks, CDATA merged with the text around it', () => {
    const tree = parseMarkup('<document><p>  a\n\tb <![CDATA[<x>]]> c<!-- gone -->d </p></document>');
    const p = tree.children[0];
    expect(p?.kind === 'element' && p.children).toEqual([{ kind: 'text', text: '  a\n\tb <x> cd ' }]);
  });

  it('accepts the empty and structural elements in their places', () => {
    const tree = parseMarkup(
      `<document page="slide"><header><p>Стр. <page-number/> из <page-count/></p></header>` +
        `<footer><rule/></footer><block keep="together" break="before" role="Sect"><row gap="12"><col width="2*"><p>a<br/>b</p></col><col width="120"><figure alt="logo"><image src="/x.png" width="40"/></figure></col></row>` +
        `<table columns="3* 1* 80"><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table><spacer height="6"/><quote><p>q</p></quote></block></document>`,
    );
    expect(tree.children.map((c) => (c.kind === 'element' ? c.name : c.text))).toEqual(['header', 'footer', 'block']);
  });
});

describe('parseMarkup: problems name the template file and line', () => {
  it('reports an unknown element with the nearest known name', () => {
    const problems = problemsOf(() => parseMarkup(`<document ${at(1)}>\n  <tabel ${at(7)}/>\n</document>`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'markup', file: 'handout/partials/x.hbs', line: 7, hint: 'возможно, <table>' });
    expect(problems[0]!.message).toContain('разметка 2:3');
    expect(problems[0]!.message).toContain('<tabel>');
  });

  it('reports an unknown attribute', () => {
    const problems = problemsOf(() => parseMarkup(`<document ${at(1)}><p ${at(4)} clas="x">t</p></document>`));
    expect(problems).toEqual([expect.objectContaining({ code: 'markup', file: 'handout/partials/x.hbs', line: 4, hint: 'возможно, class' })]);
    expect(problems[0]!.message).toMatch(/разметка 1:\d+: у <p> нет атрибута clas/);
  });

  it('reports a missing required attribute', () => {
    const problems = problemsOf(() => parseMarkup(`<document ${at(1)}><figure ${at(9)}><image ${at(10)} src="/a.png"/></figure></document>`));
    expect(problems).toEqual([expect.objectContaining({ code: 'markup', line: 9 })]);
    expect(problems[0]!.message).toContain('нет обязательного атрибута alt');
  });

  it('reports a value outside the allowed set', () => {
    const problems = problemsOf(() => parseMarkup(`<document><block ${at(3)} keep="always"/></document>`));
    expect(problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('keep="always"') })]);
  });

  it.each([
    ['a paragraph inside a paragraph', `<document><p><p ${at(5)}>x</p></p></document>`, '<p> не может стоять внутри <p>'],
    ['a list item outside a list', `<document><block><li ${at(5)}>x</li></block></document>`, '<li> не может стоять внутри <block>'],
    ['a page number in the body', `<document><p>x <page-number ${at(5)}/></p></document>`, 'только внутри <header> или <footer>'],
    ['a header inside a block', `<document><block><header ${at(5)}/></block></document>`, '<header> не может стоять внутри <block>'],
    ['another root', `<p ${at(5)}>x</p>`, 'корневой элемент должен быть <document>'],
  ])('reports wrong nesting: %s', (_, markup, message) => {
    const problems = problemsOf(() => parseMarkup(markup));
    expect(problems).toEqual([expect.objectContaining({ code: 'markup', file: 'handout/partials/x.hbs', line: 5, message: expect.stringContaining(message) })]);
  });

  it('reports children in the wrong order and missing ones at the parent', () => {
    const wrongOrder = problemsOf(() => parseMarkup(`<document><table ${at(2)}><tbody/><thead/></table></document>`));
    expect(wrongOrder).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('<thead> стоит не на своём месте внутри <table>') })]);
    const footerFirst = problemsOf(() => parseMarkup(`<document ${at(1)}><footer/><header/></document>`));
    expect(footerFirst).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('<header> стоит не на своём месте') })]);
    const noBody = problemsOf(() => parseMarkup(`<document><table ${at(6)}><thead/></table></document>`));
    expect(noBody).toEqual([expect.objectContaining({ line: 6, message: expect.stringContaining('не хватает: <tbody>') })]);
  });

  it('refuses text standing directly in a block container', () => {
    const problems = problemsOf(() => parseMarkup(`<document><block ${at(8)}>loose text</block></document>`));
    expect(problems).toEqual([expect.objectContaining({ line: 8, message: expect.stringContaining('«loose text»') })]);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf(() => parseMarkup(`<document><foo ${at(2)}/><p ${at(3)} bar="1">x</p><image ${at(4)}/></document>`));
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
  });

  it('reports an XML syntax error with its markup line:col and the enclosing template', () => {
    const markup = `<document ${at(1)}>\n<block ${at(2)}>\n  <p ${at(3)}>a</b>\n</block></document>`;
    const problems = problemsOf(() => parseMarkup(markup));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'markup', file: 'handout/partials/x.hbs', line: 3 });
    expect(problems[0]!.message).toMatch(/^разметка 3:\d+: ошибка XML: /);
  });

  it('reports an undefined named entity with a hint', () => {
    const problems = problemsOf(() => parseMarkup(`<document>\n<p ${at(2)}>a&nbsp;b</p></document>`));
    expect(problems[0]).toMatchObject({ line: 2, hint: expect.stringContaining('&#160;') });
    expect(problems[0]!.message).toMatch(/^разметка 2:\d+: ошибка XML: undefined entity/);
  });

  it('reports a raw control character as an XML error, not a crash', () => {
    const problems = problemsOf(() => parseMarkup(`<document><p>a\u0001b</p></document>`));
    expect(problems[0]!.message).toMatch(/^разметка 1:\d+: ошибка XML/);
  });
});
