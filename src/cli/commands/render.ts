import { fsErrorText } from '../fsErrorText.js';
import { makeFolder } from '../makeFolder.js';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { CliIo } from '../io.js';
import type { RenderArgs } from '../parseArgs.js';
import type { PipelineDeps } from '../pipelineDeps.js';
import { loadPipeline } from '../pipelineDeps.js';
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE } from '../exitCode.js';
import type { ExitCode } from '../exitCode.js';
import { jobOptionsOf } from '../jobs/jobOptions.js';
import { prepareInputs } from '../jobs/prepareInputs.js';
import type { JobReport } from '../jobs/jobTypes.js';
import { printJobReport } from '../jobs/printJobReport.js';
import type { JobRunner } from '../runners/jobRunner.js';
import { inProcessRunner } from '../runners/inProcessRunner.js';
import { mixedRunner } from '../runners/mixedRunner.js';
import { workerPoolRunner } from '../runners/workerPoolRunner.js';
import { batchProgress } from '../progress/batchProgress.js';
import { jsonReport } from '../progress/jsonReport.js';

/**
 * `briefing render`: every file is rendered (see renderJob) and its report
 * printed as soon as it is done. One file is rendered in this process; a
 * batch is rendered by this thread and worker threads beside it, one thread
 * per core in all (`--jobs N`). One bad
 * file never stops the others. A usage problem from the library (a format
 * without templates) stops the run with status 2: no new file is started.
 * `deps` (tests) renders in this process with the pipeline given. When
 * `signal` is aborted (Ctrl+C), the files started are finished, no new one
 * is started, and the status is 1.
 */
export async function runRender(args: RenderArgs, io: CliIo, deps?: PipelineDeps, signal?: AbortSignal): Promise<ExitCode> {
  const started = performance.now();
  const prepared = await prepareInputs(args, io);
  if (typeof prepared === 'number') return prepared;
  const { inputs, refused } = prepared;
  if (inputs.length > 0) {
    try {
      await makeFolder(args.outDir);
    } catch (error) {
      io.err(`Не удалось создать папку ${args.outDir}: ${fsErrorText(error)}`);
      return EXIT_REFUSED;
    }
  }

  const total = inputs.length + refused.length;
  const progress = batchProgress(io, { total, refused: refused.length, show: !args.quiet && total > 1, started });
  const reports: JobReport[] = [];
  let usage = false;
  const runner = createRunner(args, inputs.length, deps);
  let interrupted = false;
  const interrupt = (): void => {
    interrupted = true;
    runner.cancelPending();
  };
  signal?.addEventListener('abort', interrupt, { once: true });
  try {
    await Promise.all(
      inputs.map(async (input) => {
        const report = await runner.run(input);
        if (report === undefined) return;
        if (report.status === 'usage') {
          if (!usage) printJobReport(io, report, { successLines: false });
          usage = true;
          runner.cancelPending();
          return;
        }
        reports.push(report);
        printJobReport(io, report, { successLines: !args.quiet && !args.json });
        progress.done(report);
      }),
    );
  } finally {
    signal?.removeEventListener('abort', interrupt);
    await runner.close();
    progress.stop();
  }
  if (usage) return EXIT_USAGE;
  if (interrupted) {
    io.err(`Прервано: обработано ${reports.length + refused.length} из ${total}, остальные файлы не тронуты.`);
    return EXIT_REFUSED;
  }

  const refusedCount = refused.length + reports.filter((r) => r.status === 'refused').length;
  if (args.json) io.out(JSON.stringify(jsonReport(inputs, refused, reports, performance.now() - started), null, 2));
  if (!args.quiet) progress.summary(reports);
  return refusedCount > 0 ? EXIT_REFUSED : EXIT_OK;
}

/**
 * In this process for one file, `--jobs 1` or injected deps; otherwise this
 * thread and `jobs − 1` worker threads. `BRIEFING_WORKERS_ONLY=1` (tests, the
 * snapshot's check) renders a batch in `jobs` worker threads alone, so that a
 * worker that cannot start or render fails the run instead of being covered
 * for by this thread.
 */
function createRunner(args: RenderArgs, count: number, deps: PipelineDeps | undefined): JobRunner {
  const options = jobOptionsOf(args);
  const jobs = Math.min(args.jobs ?? availableParallelism(), count);
  if (deps || jobs <= 1) return inProcessRunner(options, deps ?? loadPipeline);
  if (process.env.BRIEFING_WORKERS_ONLY === '1') return workerPoolRunner(jobs, options);
  return mixedRunner(options, loadPipeline, jobs - 1);
}
