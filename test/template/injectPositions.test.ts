import { describe, expect, it } from 'vitest';
import { injectPositions } from '../../src/template/injectPositions.js';

describe('injectPositions', () => {
  it('marks every start tag with the template and its line, and nothing else', () => {
    const source = '<document page="a4">\n  <p class="x">a</p>\n  <br/>\n</document>';
    expect(injectPositions(source, 'handout/layout.hbs')).toBe(
      '<document data-src="handout/layout.hbs:1" page="a4">\n' +
        '  <p data-src="handout/layout.hbs:2" class="x">a</p>\n' +
        '  <br data-src="handout/layout.hbs:3"/>\n' +
        '</document>',
    );
  });

  it('leaves mustaches, comments and non-tags alone and counts their lines', () => {
    const source = [
      '{{!-- <p> in a comment --}}',
      '{{#if (eq a "<b>")}}',
      '{{!',
      '  <i> in a short comment',
      '}}<h1>{{title}}</h1>{{/if}}',
      'a < b, <!-- <x> --> </p> <{{tag}}>',
      '<li>',
    ].join('\n');
    const out = injectPositions(source, 't.hbs');
    expect(out).toContain('{{!-- <p> in a comment --}}');
    expect(out).toContain('{{#if (eq a "<b>")}}');
    expect(out).toContain('  <i> in a short comment\n}}<h1 data-src="t.hbs:5">{{title}}</h1>');
    expect(out).toContain('a < b, <!-- <x data-src="t.hbs:6"> --> </p> <{{tag}}>');
    expect(out.endsWith('<li data-src="t.hbs:7">')).toBe(true);
    expect(out.split('\n')).toHaveLength(7);
  });

  it('escapes the template name for an attribute inside Handlebars source', () => {
    expect(injectPositions('<p>', 'my "dir" & {{x}}/layout.hbs')).toBe('<p data-src="my &quot;dir&quot; &amp; &#123;&#123;x}}/layout.hbs:1">');
  });
});
