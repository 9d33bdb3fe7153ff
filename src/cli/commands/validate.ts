import type { CliIo } from '../io.js';
import type { ValidateArgs } from '../parseArgs.js';
import type { PipelineDeps } from '../pipelineDeps.js';
import { classifyError } from '../classifyError.js';
import { collectInputs } from '../collectInputs.js';
import { checkAssetsFolder } from '../jobs/jobOptions.js';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../exitCode.js';
import type { ExitCode } from '../exitCode.js';
import { printInternalError, printRefusal, printUsageError } from '../printProblems.js';

/**
 * `briefing validate`: loads and checks each file exactly as `render` does,
 * prints its problems the same way, and draws and writes nothing.
 */
export async function runValidate(args: ValidateArgs, io: CliIo, deps: Pick<PipelineDeps, 'loadBriefing'>): Promise<ExitCode> {
  const wrongAssets = await checkAssetsFolder(args.assets);
  if (wrongAssets) {
    printUsageError(io, wrongAssets);
    return EXIT_USAGE;
  }
  const { inputs, refused } = await collectInputs(args.paths);
  for (const problem of refused) printRefusal(io, problem.file ?? '', [problem]);
  let refusedCount = refused.length;
  for (const input of inputs) {
    try {
      await deps.loadBriefing(input.path, args.assets !== undefined ? { assets: args.assets } : {});
      io.out(`в порядке: ${input.path}`);
    } catch (error) {
      const classified = classifyError(error);
      if (classified.kind === 'usage') {
        for (const problem of classified.problems) printUsageError(io, problem.message);
        return EXIT_USAGE;
      }
      if (classified.kind === 'refused') printRefusal(io, input.path, classified.problems);
      else printInternalError(io, input.path, classified.error);
      refusedCount++;
    }
  }
  if (refusedCount > 0) {
    io.err(`Отклонено: ${refusedCount} из ${inputs.length + refused.length}.`);
    return EXIT_REFUSED;
  }
  return EXIT_OK;
}
