import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { DataInput } from '../collectInputs.js';
import type { JobOptions, JobReport } from '../jobs/jobTypes.js';
import { refusedByBug } from '../jobs/renderJob.js';
import type { PipelineDeps } from '../pipelineDeps.js';
import { inProcessRunner } from './inProcessRunner.js';
import type { JobRunner, Refresh } from './jobRunner.js';
import { workerPoolRunner, type WorkerPool } from './workerPoolRunner.js';

/**
 * The workers start only when this thread has rendered this long and files
 * are still waiting: a batch done here in a quarter of a second never pays
 * for a worker's start, which takes most of a second of the other core and
 * slows this thread down meanwhile (they share the memory bus).
 */
export const START_WORKERS_AFTER_MS = 250;

/**
 * A data file this large keeps this thread busy for longer than a worker
 * takes to start (about 2 ms of rendering a KB: the seed is 9 KB, a 100-page
 * briefing 400 KB), so the workers start before this thread takes it when
 * other files are waiting (or come to wait): while it renders, nothing else
 * runs here.
 */
export const LARGE_INPUT_BYTES = 256 * 1024;

function isLarge(input: DataInput): boolean {
  try {
    return statSync(input.path).size >= LARGE_INPUT_BYTES;
  } catch {
    return false; // renderJob reports a file that cannot be read
  }
}

interface Job {
  input: DataInput;
  resolve(report: JobReport | undefined): void;
}

/**
 * Renders a batch on this thread and in `workers` worker threads at once:
 * `--jobs N` is this thread and N − 1 workers. This thread is warm from the
 * start (from the startup snapshot, its pipeline is loaded and compiled),
 * while a worker thread starts cold and needs most of a second before its
 * first file; a short batch is done here before a worker is ready, and a long
 * one gets the workers as they come. A worker is sent two jobs at a time, so
 * that it does not wait while this thread is busy rendering and cannot give
 * it the next one. A job goes to whichever is free, this thread first; the
 * workers start at once when this thread takes a large file (LARGE_INPUT_BYTES).
 * `startAfterMs` (tests): when the workers start.
 */
export function mixedRunner(options: JobOptions, deps: () => Promise<PipelineDeps>, workers: number, startAfterMs = START_WORKERS_AFTER_MS): JobRunner {
  const local = inProcessRunner(options, deps);
  const started = performance.now();
  let pool: WorkerPool | undefined;
  const queue: Job[] = [];
  let localBusy = false;
  /** This thread is rendering a large file (checked only while no worker has started). */
  let localLarge = false;
  let running = 0;
  let idleWaiters: (() => void)[] = [];

  const settle = (job: Job, report: JobReport | undefined): void => {
    running--;
    job.resolve(report);
    pump();
  };

  const startPool = (): WorkerPool => (pool = workerPoolRunner(workers, options, { depth: 2, onFree: pump }));

  const pump = (): void => {
    while (queue.length > 0) {
      if (!localBusy) {
        const job = queue.shift()!;
        localLarge = pool === undefined && isLarge(job.input);
        localBusy = true;
        running++;
        void local
          .run(job.input)
          // renderJob reports its errors; a bug outside it still settles the job
          .catch((error: unknown) => refusedByBug(job.input, error))
          .then((report) => {
            localBusy = false;
            settle(job, report);
          });
      } else if (pool === undefined) {
        if (!localLarge && performance.now() - started < startAfterMs) break;
        startPool();
      } else if (pool.free() > 0) {
        const job = queue.shift()!;
        running++;
        void pool.run(job.input).then((report) => settle(job, report));
      } else break;
    }
    if (queue.length === 0 && running === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  };

  const idle = (): Promise<void> => (queue.length === 0 && running === 0 ? Promise.resolve() : new Promise((wake) => idleWaiters.push(wake)));

  return {
    run(input) {
      return new Promise((resolve) => {
        queue.push({ input, resolve });
        pump();
      });
    },
    async refresh(what: Refresh) {
      await idle();
      await Promise.all([local.refresh(what), pool?.refresh(what)]);
    },
    cancelPending() {
      for (const job of queue.splice(0)) job.resolve(undefined);
      local.cancelPending();
      pool?.cancelPending();
    },
    async close() {
      await idle();
      await Promise.all([local.close(), pool?.close()]);
    },
  };
}
