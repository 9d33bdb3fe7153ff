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
import { removeTempsNow } from './writeAtomically.js';

export interface CliOptions {
  /** The pipeline to use (tests pass fakes); otherwise the real one, loaded when needed. */
  deps?: PipelineDeps;
  /** Stops `watch` when aborted; main() aborts it on Ctrl+C. */
  signal?: AbortSignal;
}

/**
 * Runs one `briefing` command line and resolves to its exit status. The only
 * side effects are lines through `io` and the files `render` writes; the
 * pipeline can be injected (tests pass fakes), otherwise the real one is loaded.
 */
export async function runCli(argv: readonly string[], io: CliIo, depsOrOptions?: PipelineDeps | CliOptions): Promise<ExitCode> {
  const options: CliOptions = depsOrOptions && 'loadBriefing' in depsOrOptions ? { deps: depsOrOptions } : (depsOrOptions ?? {});
  const { deps } = options;
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
      return runRender(args, io, deps, options.signal);
    case 'validate':
      return runValidate(args, io, deps ?? (await loadPipeline()));
    // The commands below are imported when used: a render neither loads nor
    // evaluates them (nor node:http, nor node:child_process), see scripts/build-snapshot.js.
    case 'watch':
      return (await import('./commands/watch.js')).runWatch(args, io, { signal: options.signal ?? new AbortController().signal, ...(deps ? { deps } : {}) });
    case 'init':
      return (await import('./commands/init.js')).runInit(args, io);
    case 'templates-copy':
      return (await import('./commands/templatesCopy.js')).runTemplatesCopy(args, io);
    case 'studio':
      return (await import('./commands/studio.js')).runStudio(args, io, options.signal ?? new AbortController().signal);
  }
}

/** The entry point of `bin/briefing.js`: the real terminal and the real pipeline. */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  ignoreBrokenPipes();
  // watch stops on the first Ctrl+C; a second one ends the process at once
  // (the handler is gone). render stops at once on SIGINT or SIGTERM: the
  // files it is writing are dropped (written to a temporary file and renamed,
  // a PDF is never half-written), so `timeout` and Ctrl+C always work. Its
  // handlers stay: the same signal often comes twice (Ctrl+C reaches both
  // bin/briefing.js and the process it started from the snapshot, which also
  // passes it on), and a second one must not cut the clean-up short.
  const stop = new AbortController();
  if (argv[0] === 'render') {
    let stopping = false;
    const exitNow = (signal: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      removeTempsNow();
      processIo.err(`Прервано (${signal}): начатые файлы не записаны.`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.on('SIGINT', exitNow);
    process.on('SIGTERM', exitNow);
  } else if (argv[0] === 'watch' || argv[0] === 'studio') {
    const interrupt = (): void => stop.abort();
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', interrupt);
  }
  try {
    return await runCli(argv, processIo, { signal: stop.signal });
  } catch (error) {
    printInternalError(processIo, `команды «briefing ${argv.join(' ')}»`, error);
    return EXIT_REFUSED;
  }
}
