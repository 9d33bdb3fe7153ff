import type { Problem } from '../diagnostics/index.js';
import { LIMITS } from '../diagnostics/limits.js';
import type { LineColumn } from './positionMap.js';

/**
 * A `limit` problem when brackets (`[`, `{`) outside strings nest deeper than
 * LIMITS.dataDepth, found in one pass before the parser runs: the JSON and
 * YAML parsers recurse per level and would overflow the stack on a file
 * nested 10,000 deep. Quotes are followed JSON-style (`"…"` with escapes,
 * and YAML's `'…'`); YAML comments are skipped. Block-indented YAML nesting
 * is bounded later, while the value is built.
 */
export function flowDepthProblem(text: string, file: string | undefined, at: (offset: number) => LineColumn): Problem | undefined {
  let depth = 0;
  let quote = '';
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || (c === "'" && !/\w/.test(text[i - 1] ?? ''))) quote = c;
    else if (c === '#' && (lineStart || /\s/.test(text[i - 1] ?? ''))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
    } else if (c === '[' || c === '{') {
      if (++depth > LIMITS.dataDepth) {
        return {
          code: 'limit',
          severity: 'error',
          file,
          ...at(i),
          message: `файл слишком сложный: списки и поля вложены глубже ${LIMITS.dataDepth} уровней`,
          hint: 'это предел программы (см. «Пределы» в документации); упростите файл',
        };
      }
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    lineStart = c === '\n';
  }
  return undefined;
}
