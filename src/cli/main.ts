import type { CliIo } from './io.js';
import { ignoreBrokenPipes, processIo } from './io.js';
import { parseArgs } from './parseArgs.js';
import type { ParsedArgs } from './parseArgs.js';
import { loadPipeline } from './pipelineDeps.js';
import type { PipelineDeps } from './pipelineDeps.js';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from './exitCode.js';
import type { ExitCode } from './exitCode.js';
import { UsageError } from './usageError.js';
import { usageText } from './usage.js';
import { packageVersion } from './version.js';
import { printInternalError, printUsageError } from './printProblems.js';
import { runRender } from './commands/render.js';
import { runValidate } from './commands/validate.js';

/**
 * Runs one `briefing` command line and resolves to its exit status. The only
 * side effects are lines through `io` and the files `render` writes; the
 * pipeline can be injected (tests pass fakes), otherwise the real one is loaded.
 */
export async function runCli(argv: readonly string[], io: CliIo, deps?: PipelineDeps): Promise<ExitCode> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (argv.length === 0) io.err(usageText());
    printUsageError(io, error.message);
    return EXIT_USAGE;
  }
  switch (args.command) {
    case 'help':
      io.out(usageText());
      return EXIT_OK;
    case 'version':
      io.out(packageVersion());
      return EXIT_OK;
    case 'render':
      return runRender(args, io, deps ?? (await loadPipeline()));
    case 'validate':
      return runValidate(args, io, deps ?? (await loadPipeline()));
  }
}

/** The entry point of `bin/briefing.js`: the real terminal and the real pipeline. */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  ignoreBrokenPipes();
  try {
    return await runCli(argv, processIo);
  } catch (error) {
    printInternalError(processIo, `команды «briefing ${argv.join(' ')}»`, error);
    return EXIT_REFUSED;
  }
}
