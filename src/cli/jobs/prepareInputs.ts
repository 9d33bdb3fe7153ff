import type { CliIo } from '../io.js';
import type { Problem } from '../../diagnostics/problem.js';
import { collectInputs, type DataInput } from '../collectInputs.js';
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
  const all = withoutThemeFile(collected.inputs, args.theme);
  // Files whose PDFs would overwrite each other (a.yaml and a.json) are refused, all of them; the others go on.
  const clashing = nameClashes(all);
  const refused = [...collected.refused, ...clashing.problems];
  for (const problem of refused) printRefusal(io, problem.file ?? '', [problem]);
  return { inputs: all.filter((input) => !clashing.inputs.has(input)), refused };
}

/** The inputs that share their output name with another, and a problem for each (naming the others). */
function nameClashes(inputs: readonly DataInput[]): { inputs: Set<DataInput>; problems: Problem[] } {
  const byName = new Map<string, DataInput[]>();
  for (const input of inputs) byName.set(input.name, [...(byName.get(input.name) ?? []), input]);
  const clashing = new Set<DataInput>();
  const problems: Problem[] = [];
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    for (const input of group) {
      clashing.add(input);
      const others = group.filter((o) => o !== input).map((o) => o.path);
      problems.push({
        code: 'io',
        severity: 'error',
        file: input.path,
        message: `файлы ${input.path} и ${others.join(', ')} дали бы одни и те же PDF (${name}.*.pdf): ни один из них не обработан`,
        hint: 'переименуйте один из них',
      });
    }
  }
  return { inputs: clashing, problems };
}
