import type { HandlebarsEnv } from './env.js';
import { params, truthy } from './logic.js';

/**
 * Helpers over lists:
 * - `{{#if (some items "share")}}`: whether any element has a truthy `share`
 *   (a table shows the share column only then);
 * - `{{join list ", "}}`: the elements as text, escaped, joined by the separator.
 */
export function register(hb: HandlebarsEnv): void {
  hb.registerHelper('some', (list: unknown, key: unknown) => {
    if (!Array.isArray(list)) return false;
    if (typeof key !== 'string') throw new Error('helper "some": the second argument must be a field name');
    return list.some((item: unknown) => typeof item === 'object' && item !== null && truthy((item as Record<string, unknown>)[key]));
  });
  hb.registerHelper('join', (...args: unknown[]) => {
    const [list, separator] = params(args);
    if (!Array.isArray(list)) return '';
    const sep = typeof separator === 'string' ? separator : ', ';
    return list
      .filter((x) => x !== null && x !== undefined && x !== '')
      .map(String)
      .join(sep);
  });
}
