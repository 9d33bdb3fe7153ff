import type { Problem } from '../diagnostics/index.js';
import { LIMITS, formatLimit } from '../diagnostics/limits.js';
import { childPath, findPosition, type PositionMap } from './positionMap.js';

/** Whether `text` has more than `max` characters in a row without white space (one pass). */
function hasLongWord(text: string, max: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d ? 0 : run + 1;
    if (run > max) return true;
  }
  return false;
}

/**
 * A `limit` problem for every string of the data with a word (characters
 * between spaces) longer than LIMITS.wordChars. Such a word is not text a
 * reader can use, and each one costs layout work on every page it touches.
 */
export function checkStrings(value: unknown, file: string | undefined, positions: PositionMap | undefined): Problem[] {
  const problems: Problem[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      if (v.length > LIMITS.wordChars && hasLongWord(v, LIMITS.wordChars)) {
        const pos = findPosition(positions, path);
        problems.push({
          code: 'limit',
          severity: 'error',
          file,
          path,
          line: pos?.line,
          column: pos?.column,
          message: `слово длиннее ${formatLimit(LIMITS.wordChars)} символов без пробела`,
          hint: 'это предел программы (см. «Пределы» в документации); разделите текст пробелами',
        });
      }
    } else if (Array.isArray(v)) v.forEach((item, i) => walk(item, childPath(path, i)));
    else if (v !== null && typeof v === 'object') for (const [k, item] of Object.entries(v)) walk(item, childPath(path, k));
  };
  walk(value, '');
  return problems;
}
