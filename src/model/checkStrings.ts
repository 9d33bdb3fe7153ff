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

/** Blank lines in a text (the breaks between its paragraphs), counted in one pass. */
function paragraphBreaks(text: string): number {
  let n = 0;
  let at = text.indexOf('\n');
  while (at >= 0) {
    let next = at + 1;
    while (next < text.length && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09 || text.charCodeAt(next) === 0x0d)) next++;
    if (text.charCodeAt(next) === 0x0a) n++;
    at = text.indexOf('\n', next);
  }
  return n;
}

/** The data paths of the contract's texts (`lead`, a section's, legal change's or quote's `text`); every other string is plain. */
const TEXT_PATH = /^(?:lead|(?:sections|legal|quotes)\[\d+\]\.text)$/;

/**
 * `limit` problems for the strings of the data: a word (characters between
 * spaces) longer than LIMITS.wordChars, a plain string longer than
 * LIMITS.plainChars, and, once, more than LIMITS.dataNodes values or
 * LIMITS.dataChars characters in the whole file (for JSON, whose parser does
 * not count; YAML's refuses past dataNodes while it reads): `tooLarge`. Such input is not
 * text a reader can use, and it costs layout work on every page it touches.
 */
export function checkStrings(value: unknown, file: string | undefined, positions: PositionMap | undefined): { problems: Problem[]; tooLarge: boolean } {
  const problems: Problem[] = [];
  let values = 0;
  let chars = 0;
  let counted = false;
  const problem = (path: string, message: string, hint: string): void => {
    const pos = findPosition(positions, path);
    problems.push({ code: 'limit', severity: 'error', file, path, line: pos?.line, column: pos?.column, message, hint });
  };
  const walk = (v: unknown, path: string): void => {
    if (counted) return;
    // each paragraph of a text is a block of its own on the page: counted as a value
    if (++values > LIMITS.dataNodes || (typeof v === 'string' && TEXT_PATH.test(path) && (values += paragraphBreaks(v)) > LIMITS.dataNodes)) {
      counted = true;
      problem(
        path,
        `в файле больше ${formatLimit(LIMITS.dataNodes)} значений (каждый абзац текста — отдельное значение)`,
        'это предел программы (см. «Пределы» в документации); разделите брифинг на несколько файлов',
      );
      return;
    }
    if (typeof v === 'string') {
      chars += v.length;
      if (chars > LIMITS.dataChars) {
        counted = true;
        problem(
          path,
          `в строках файла больше ${formatLimit(LIMITS.dataChars)} знаков`,
          'это предел программы (см. «Пределы» в документации); разделите брифинг на несколько файлов',
        );
        return;
      }
      if (v.length > LIMITS.plainChars && !TEXT_PATH.test(path))
        problem(
          path,
          `строка длиннее ${formatLimit(LIMITS.plainChars)} знаков (в ней ${formatLimit(v.length)})`,
          'это предел программы для подписей, имён, заголовков и пунктов; длинный текст пишут в lead или text',
        );
      else if (v.length > LIMITS.wordChars && hasLongWord(v, LIMITS.wordChars))
        problem(
          path,
          `слово длиннее ${formatLimit(LIMITS.wordChars)} символов без пробела`,
          'это предел программы (см. «Пределы» в документации); разделите текст пробелами',
        );
    } else if (Array.isArray(v)) v.forEach((item, i) => walk(item, childPath(path, i)));
    else if (v !== null && typeof v === 'object') for (const [k, item] of Object.entries(v)) walk(item, childPath(path, k));
  };
  walk(value, '');
  return { problems, tooLarge: counted };
}
