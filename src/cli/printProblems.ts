import { formatProblem } from '../diagnostics/index.js';
import type { Problem } from '../diagnostics/index.js';
import type { CliIo } from './io.js';

const INDENT = '  ';

/** A refused file: a header line, then one line per problem (`file:line:col: path: message`). */
export function printRefusal(io: CliIo, file: string, problems: readonly Problem[]): void {
  io.err(`Файл ${file} отклонён (проблем: ${problems.length}):`);
  for (const problem of problems) io.err(INDENT + formatProblem(problem));
}

/** Warnings of a file that was still rendered, each once, under a header line. */
export function printWarnings(io: CliIo, file: string, warnings: readonly Problem[]): void {
  const lines = [...new Set(warnings.map(formatProblem))];
  if (lines.length === 0) return;
  io.err(`Предупреждения для ${file} (${lines.length}):`);
  for (const line of lines) io.err(INDENT + line);
}

/**
 * An error that is not a problem of the data: a bug. Users see its message,
 * never a stack trace; with BRIEFING_DEBUG=1 in the environment the stack
 * is printed too, for whoever fixes it.
 */
export function printInternalError(io: CliIo, subject: string, error: unknown): void {
  io.err(`Внутренняя ошибка при обработке ${subject}: это ошибка программы, а не данных.`);
  io.err(`${INDENT}Сообщите о ней разработчикам, приложив файл данных и этот текст:`);
  const full = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  const text =
    process.env['BRIEFING_DEBUG'] === '1'
      ? full
      : full
          .split('\n')
          .filter((line) => !/^\s+at /.test(line))
          .join('\n');
  for (const line of text.split('\n')) io.err(INDENT + line);
}

/** A wrong command line: the message and where to find the usage. */
export function printUsageError(io: CliIo, message: string): void {
  io.err(`briefing: ошибка: ${message}`);
  io.err('Справка: briefing --help');
}

/**
 * Problems of the command line from the library: a theme file that is wrong
 * (under one header per file, each problem with its line and column), or a
 * format that cannot be rendered. Printed once per run, then where the usage is.
 */
export function printUsageProblems(io: CliIo, problems: readonly Problem[]): void {
  const themeFiles = [...new Set(problems.filter((p) => p.code === 'theme').map((p) => p.file ?? ''))];
  for (const file of themeFiles) {
    const own = problems.filter((p) => p.code === 'theme' && (p.file ?? '') === file);
    io.err(`briefing: ошибка: тема ${file ? `${file} ` : ''}отклонена (проблем: ${own.length}):`);
    for (const problem of own) io.err(INDENT + formatProblem(problem));
  }
  for (const problem of problems) if (problem.code !== 'theme') io.err(`briefing: ошибка: ${formatProblem(problem)}`);
  io.err('Справка: briefing --help');
}
