import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { registerHelpers } from '../../../src/template/helpers/index.js';

function render(source: string, context: unknown): string {
  const hb = Handlebars.create();
  const knownHelpers = registerHelpers(hb);
  return hb.compile(source, { strict: true, knownHelpersOnly: true, knownHelpers })(context);
}

describe('rich', () => {
  it('renders runs with <b> and <i>, escaping the text of each run', () => {
    const paragraph = [
      { text: 'a <b>&amp; ', bold: false, italic: false },
      { text: 'bold', bold: true, italic: false },
      { text: '=`"\'', bold: true, italic: true },
      { text: '*x*', bold: false, italic: true },
    ];
    expect(render('{{rich p}}', { p: paragraph })).toBe('a &lt;b&gt;&amp;amp; <b>bold</b><b><i>&#x3D;&#x60;&quot;&#x27;</i></b><i>*x*</i>');
  });

  it('escapes a plain string once', () => {
    expect(render('{{rich s}}', { s: '<i>&' })).toBe('&lt;i&gt;&amp;');
  });

  it('refuses something that is not a paragraph', () => {
    expect(() => render('{{rich n}}', { n: 5 })).toThrow(/rich/);
    expect(() => render('{{rich p}}', { p: [{ bold: true }] })).toThrow(/run/);
  });
});

describe('logic and collections', () => {
  it('eq, ne, not, and, or', () => {
    const t =
      '{{#if (eq a 1)}}E{{/if}}{{#if (ne a 2)}}N{{/if}}{{#if (not e)}}!{{/if}}{{#if (and a b)}}&{{/if}}{{#if (or e a)}}|{{/if}}{{#if (and a e)}}X{{/if}}';
    expect(render(t, { a: 1, b: 'x', e: [] })).toBe('EN!&|');
  });

  it('some tells whether any item has a truthy field', () => {
    const t = '{{#if (some items "share")}}yes{{else}}no{{/if}}';
    expect(render(t, { items: [{ share: null }, { share: '29 %' }] })).toBe('yes');
    expect(render(t, { items: [{ share: null }, { share: null }] })).toBe('no');
    expect(render(t, { items: [] })).toBe('no');
  });

  it('join joins the non-empty elements, escaped', () => {
    expect(render('{{join xs " · "}}', { xs: ['a', null, '<b>', ''] })).toBe('a · &lt;b&gt;');
  });
});

describe('pageOf', () => {
  it('turns {n}/{page} and {m}/{count} into the page elements and escapes the rest', () => {
    expect(render('{{pageOf w}}', { w: 'Стр. {page} из {count} <&>' })).toBe('Стр. <page-number/> из <page-count/> &lt;&amp;&gt;');
    expect(render('{{pageOf w}}', { w: '{page}/{count}' })).toBe('<page-number/>/<page-count/>');
    expect(render('{{pageOf w}}', { w: 'Page {n} of {m} {x}' })).toBe('Page <page-number/> of <page-count/> {x}');
  });
});

describe('knownHelpersOnly', () => {
  it('refuses helpers that are not registered', () => {
    expect(() => render('{{shout title}}', { title: 'x' })).toThrow(/knownHelpersOnly/);
  });
});
