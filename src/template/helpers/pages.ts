import type { HandlebarsEnv } from './env.js';

/**
 * `{{pageOf words.pageOf}}`: the page line of a footer. The locale word holds
 * placeholders for the page and the page count, `{n}` and `{m}` («Стр. {n} из
 * {m}», as in locales/) or `{page}` and `{count}`; they become
 * `<page-number/>` and `<page-count/>`, the rest of the word is escaped.
 */
const PLACEHOLDER = /\{(page|n|count|m)\}/g;

export function register(hb: HandlebarsEnv): void {
  hb.registerHelper('pageOf', (pattern: unknown) => {
    if (typeof pattern !== 'string') throw new Error('helper "pageOf": expected a word with {n} and {m}');
    let out = '';
    let last = 0;
    for (const match of pattern.matchAll(PLACEHOLDER)) {
      out += hb.escapeExpression(pattern.slice(last, match.index));
      out += match[1] === 'page' || match[1] === 'n' ? '<page-number/>' : '<page-count/>';
      last = match.index + match[0].length;
    }
    out += hb.escapeExpression(pattern.slice(last));
    return new hb.SafeString(out);
  });
}
