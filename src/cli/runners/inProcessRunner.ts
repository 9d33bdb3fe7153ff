import type { DataInput } from '../collectInputs.js';
import type { PipelineDeps } from '../pipelineDeps.js';
import type { JobOptions, JobReport } from '../jobs/jobTypes.js';
import { renderJob } from '../jobs/renderJob.js';
import type { JobRunner, Refresh } from './jobRunner.js';

/**
 * Renders in this process, one file after another: for a single file (no
 * worker to start), for `--jobs 1`, and for tests with a fake pipeline.
 * `deps` may be a loader, called on the first job only.
 * Fonts cannot be reloaded here: `refresh('everything')` drops templates and
 * locale words only.
 */
export function inProcessRunner(options: JobOptions, deps: PipelineDeps | (() => Promise<PipelineDeps>)): JobRunner {
  let chain: Promise<unknown> = Promise.resolve();
  let generation = 0;
  let loaded: Promise<PipelineDeps> | undefined;
  const pipeline = (): Promise<PipelineDeps> => (loaded ??= typeof deps === 'function' ? deps() : Promise.resolve(deps));
  return {
    run(input: DataInput): Promise<JobReport | undefined> {
      const mine = generation;
      const job = chain.then(async () => (mine === generation ? renderJob(input, options, await pipeline()) : undefined));
      chain = job.catch(() => undefined);
      return job;
    },
    async refresh(what: Refresh) {
      await chain;
      await dropCaches(what);
    },
    cancelPending() {
      generation++;
    },
    async close() {
      await chain;
    },
  };
}

/** Clears the template and locale caches of this thread's pipeline. */
export async function dropCaches(what: Refresh): Promise<void> {
  if (what !== 'locales') (await import('../../template/loadTemplateSet.js')).invalidateTemplateCache();
  if (what !== 'locales') (await import('../../release/renderRelease.js')).invalidateReleaseCache();
  if (what !== 'templates') (await import('../../view/locale.js')).invalidateLocaleCache();
}
