import type { CliIo } from '../io.js';
import { printInternalError, printRefusal, printUsageProblems, printWarnings } from '../printProblems.js';
import type { JobReport } from './jobTypes.js';

export interface PrintOptions {
  /** Print the `записан …` lines on standard output (not with `--quiet` or `--json`). */
  successLines: boolean;
}

/**
 * A file's report as `render` prints it: warnings, then either the files
 * written (standard output) or the problems and the old outputs deleted
 * (standard error). Usage problems are printed as a wrong command line.
 */
export function printJobReport(io: CliIo, report: JobReport, options: PrintOptions): void {
  const file = report.input.path;
  if (report.status === 'usage') {
    printUsageProblems(io, report.problems);
    return;
  }
  printWarnings(io, file, report.warnings);
  if (report.status === 'refused') {
    if (report.internalError !== undefined) printInternalError(io, file, report.internalError);
    else printRefusal(io, file, report.problems);
    for (const path of report.removed) io.err(`  удалён ${path}: файл отклонён, его результаты не оставляются`);
    for (const path of report.kept ?? []) io.err(`  оставлен прежний ${path}: он устарел — исправьте ошибку, и он обновится`);
  } else if (options.successLines) {
    for (const path of report.written) io.out(`записан ${path}`);
  }
  for (const note of report.notes) io.err(`  ${note}`);
}
