import type { Problem } from './problem.js';

/**
 * One line per problem, the way compilers print them:
 * `data/x.yaml:12:7: statistics[0].items[1].value: ожидалось число, получена строка «сто» (подсказка: …)`
 */
export function formatProblem(p: Problem): string {
  let where = p.file ?? '';
  if (p.line !== undefined) where += `:${p.line}`;
  if (p.line !== undefined && p.column !== undefined) where += `:${p.column}`;
  const parts: string[] = [];
  if (where) parts.push(where);
  if (p.path) parts.push(p.path);
  const level = p.severity === 'warning' ? 'предупреждение: ' : '';
  let text = `${parts.join(': ')}${parts.length ? ': ' : ''}${level}${p.message}`;
  if (p.hint) text += ` (${p.hint})`;
  return text;
}
