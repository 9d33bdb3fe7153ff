import type { Problem, ProblemCode } from './problem.js';
import { placeInWords } from './placeInWords.js';

/** Problems whose `path` is a path inside a data file (not a theme's or a template's). */
const NOT_DATA: readonly ProblemCode[] = ['template', 'markup', 'theme', 'usage', 'glyph'];

/**
 * One line per problem, the way compilers print them:
 * `data/x.yaml:12:7: statistics[1].items[2].value (статистика, группа 2, показатель 3, значение): ожидалось число, получена строка «сто» (подсказка: …)`;
 * the place in words counts from 1, as people do
 */
export function formatProblem(p: Problem): string {
  let where = p.file ?? '';
  if (p.line !== undefined) where += `:${p.line}`;
  if (p.line !== undefined && p.column !== undefined) where += `:${p.column}`;
  const parts: string[] = [];
  if (where) parts.push(where);
  if (p.path) {
    const words = NOT_DATA.includes(p.code) ? undefined : placeInWords(p.path);
    parts.push(words ? `${p.path} (${words})` : p.path);
  }
  const level = p.severity === 'warning' ? 'предупреждение: ' : '';
  let text = `${parts.join(': ')}${parts.length ? ': ' : ''}${level}${p.message}`;
  if (p.hint) text += ` (${p.hint})`;
  return text;
}
