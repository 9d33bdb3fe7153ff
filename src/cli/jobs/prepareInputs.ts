import type { CliIo } from '../io.js';
import type { Problem } from '../../diagnostics/problem.js';
import { collectInputs, findNameClash, type DataInput } from '../collectInputs.js';
import { EXIT_USAGE, type ExitCode } from '../exitCode.js';
import { printRefusal, printUsageError, printUsageProblems } from '../printProblems.js';
import type { OutputArgs } from '../parseArgs.js';
import { checkOutputArgs, withoutThemeFile } from './jobOptions.js';

/**
 * What `render` and `watch` do first: check the output options, collect the
 * data files of the paths (printing the paths that are refused), and refuse
 * two inputs that would write the same PDF. Resolves to the inputs, or to
 * the exit status of a wrong command line.
 */
export async function prepareInputs(
  args: OutputArgs & { paths: readonly string[] },
  io: CliIo,
): Promise<{ inputs: DataInput[]; refused: Problem[] } | ExitCode> {
  const wrong = await checkOutputArgs(args);
  if (wrong) {
    printUsageError(io, wrong);
    return EXIT_USAGE;
  }
  if (args.theme !== undefined || args.templates !== undefined) {
    // a wrong theme is a wrong command line: named once, not once per data file
    const { checkThemes } = await import('../../template/loadTheme.js');
    const problems = checkThemes(args.formats, args.templates, args.theme);
    if (problems.length > 0) {
      printUsageProblems(io, problems);
      return EXIT_USAGE;
    }
  }
  const collected = await collectInputs(args.paths);
  const inputs = withoutThemeFile(collected.inputs, args.theme);
  const clash = findNameClash(inputs);
  if (clash) {
    printUsageError(io, `файлы ${clash[0].path} и ${clash[1].path} дали бы одни и те же PDF (${clash[0].name}.*.pdf): переименуйте один из них`);
    return EXIT_USAGE;
  }
  for (const problem of collected.refused) printRefusal(io, problem.file ?? '', [problem]);
  return { inputs, refused: collected.refused };
}
