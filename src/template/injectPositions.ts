/** The attribute put on every start tag; the markup parser reads it back (src/markup/parseMarkup.ts). */
export const POSITION_ATTRIBUTE = 'data-src';

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_.:-]/;

/**
 * Marks every start tag of a template source with its position, so that the
 * markup parser can name the template file and line of any element:
 * `<p class="x">` on line 12 of `handout/partials/lead.hbs` becomes
 * `<p data-src="handout/partials/lead.hbs:12" class="x">`.
 *
 * Only the template's own text is rewritten: whatever is inside `{{…}}`
 * (and so every data value, which Handlebars escapes anyway) is left alone.
 * No newline is added, so Handlebars' own line numbers stay true.
 */
export function injectPositions(source: string, templateName: string): string {
  const label = escapeAttribute(templateName);
  let out = '';
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '{' && source[i + 1] === '{') {
      const end = mustacheEnd(source, i);
      const chunk = source.slice(i, end);
      line += countNewlines(chunk);
      out += chunk;
      i = end;
      continue;
    }
    if (ch === '<' && NAME_START.test(source[i + 1] ?? '')) {
      let j = i + 1;
      while (j < source.length && NAME_CHAR.test(source[j]!)) j++;
      out += `${source.slice(i, j)} ${POSITION_ATTRIBUTE}="${label}:${line}"`;
      i = j;
      continue;
    }
    if (ch === '\n') line++;
    out += ch;
    i++;
  }
  return out;
}

/** Index just past the mustache that starts at `start` (comments included). */
function mustacheEnd(source: string, start: number): number {
  if (source.startsWith('{{!--', start)) return after(source, '--}}', start + 5);
  if (source.startsWith('{{{{', start)) return after(source, '}}}}', start + 4);
  if (source.startsWith('{{{', start)) return after(source, '}}}', start + 3);
  return after(source, '}}', start + 2);
}

function after(source: string, closing: string, from: number): number {
  const at = source.indexOf(closing, from);
  return at < 0 ? source.length : at + closing.length;
}

function countNewlines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\n') n++;
  return n;
}

function escapeAttribute(value: string): string {
  // `{` too: the label sits in Handlebars source, where `{{` would open a mustache.
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\{/g, '&#123;');
}
