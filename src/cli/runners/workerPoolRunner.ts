import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { DataInput } from '../collectInputs.js';
import type { JobOptions, JobReport } from '../jobs/jobTypes.js';
import { refusedByBug } from '../jobs/renderJob.js';
import type { JobRunner, Refresh } from './jobRunner.js';
import type { FromWorker, ToWorker, WorkerData } from './workerMessages.js';

interface Job {
  id: number;
  input: DataInput;
  resolve(report: JobReport | undefined): void;
}

interface Slot {
  worker: Worker;
  /** Its pipeline is loaded: jobs are sent to it from then on. */
  ready: boolean;
  /** Sent and not answered yet, in the order sent: the first is the one running. */
  jobs: Job[];
}

/** A pool of render workers; `free()` is how many more jobs would start at once. */
export interface WorkerPool extends JobRunner {
  free(): number;
}

export interface PoolOptions {
  /** Jobs sent to a worker before it answers: 2 keeps it busy while the thread that feeds it is rendering too. Default 1. */
  depth?: number;
  /** Called when a worker becomes ready or answers a job. */
  onFree?: () => void;
  /** The worker's module (tests); by default the render worker built beside this module. */
  script?: URL;
}

/**
 * Workers that may die in a row before they are ready (their pipeline cannot
 * load: a font file missing, memory refused) before the pool stops replacing
 * them and refuses the files still waiting with the error.
 */
export const MAX_START_FAILURES = 3;

/**
 * Renders in `size` worker threads, each loading the pipeline once; jobs wait
 * in a queue and go to whichever worker is ready and free. A worker that dies
 * (a crash in native code, running out of memory) refuses the file it was
 * rendering with the error and is replaced; the jobs it had not started go
 * back to the queue, and the other files go on. When workers keep dying
 * before they are ready, the pool gives up after `MAX_START_FAILURES` and
 * refuses the waiting files with the error instead of starting workers for
 * ever.
 */
export function workerPoolRunner(size: number, options: JobOptions, pool: PoolOptions = {}): WorkerPool {
  const depth = pool.depth ?? 1;
  const data: WorkerData = { options };
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closing = false;
  let idleWaiters: (() => void)[] = [];
  let startFailures = 0;
  /** Why the pool stopped replacing workers; every file is then refused with it. */
  let gaveUp: { error: unknown } | undefined;
  const refuse = (job: Job, error: unknown): void => job.resolve(refusedByBug(job.input, error));

  const spawn = (): Slot => {
    const slot: Slot = { worker: new (workerThreads().Worker)(pool.script ?? workerScript(), { workerData: data }), ready: false, jobs: [] };
    slot.worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        slot.ready = true;
        startFailures = 0;
      } else {
        const at = slot.jobs.findIndex((job) => job.id === message.id);
        if (at < 0) return;
        const [job] = slot.jobs.splice(at, 1);
        job!.resolve(message.report);
      }
      pump();
      pool.onFree?.();
    });
    const died = (error: unknown): void => {
      const [running, ...notStarted] = slot.jobs.splice(0);
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      if (running) refuse(running, error);
      queue.unshift(...notStarted);
      if (!slot.ready) startFailures++;
      if (closing) return pump();
      if (startFailures <= MAX_START_FAILURES) slots.push(spawn());
      else gaveUp = { error };
      pump();
    };
    slot.worker.on('error', died);
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) died(new Error(`поток отрисовки завершился с кодом ${code}`));
    });
    return slot;
  };

  const room = (slot: Slot): number => (slot.ready ? depth - slot.jobs.length : 0);

  const pump = (): void => {
    if (gaveUp && slots.length === 0) for (const job of queue.splice(0)) refuse(job, gaveUp.error);
    for (const slot of slots) {
      while (room(slot) > 0 && queue.length > 0) {
        const job = queue.shift()!;
        slot.jobs.push(job);
        const message: ToWorker = { type: 'job', id: job.id, input: job.input };
        slot.worker.postMessage(message);
      }
    }
    if (queue.length === 0 && slots.every((s) => s.jobs.length === 0)) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  };

  const idle = (): Promise<void> =>
    queue.length === 0 && slots.every((s) => s.jobs.length === 0) ? Promise.resolve() : new Promise((wake) => idleWaiters.push(wake));

  const stopAll = async (): Promise<void> => {
    const stopping = slots.splice(0).map((s) => s.worker.terminate());
    await Promise.all(stopping);
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    run(input) {
      return new Promise((resolve) => {
        queue.push({ id: nextId++, input, resolve });
        pump();
      });
    },
    free() {
      return slots.reduce((sum, slot) => sum + Math.max(0, room(slot)), 0) - queue.length;
    },
    async refresh(what: Refresh) {
      if (what !== 'everything') {
        const message: ToWorker = { type: 'refresh', what };
        for (const slot of slots) slot.worker.postMessage(message);
        return;
      }
      await idle();
      await stopAll();
      // fresh workers, even after the pool gave up: what they failed on may be fixed now
      gaveUp = undefined;
      startFailures = 0;
      for (let i = 0; i < size; i++) slots.push(spawn());
    },
    cancelPending() {
      for (const job of queue.splice(0)) job.resolve(undefined);
      const cancel: ToWorker = { type: 'cancel' };
      for (const slot of slots) if (slot.jobs.length > 1) slot.worker.postMessage(cancel);
      pump();
    },
    async close() {
      await idle();
      closing = true;
      await stopAll();
    },
  };
}

/** node:worker_threads, loaded when the first worker starts (not while a startup snapshot is built). */
function workerThreads(): typeof import('node:worker_threads') {
  return process.getBuiltinModule('node:worker_threads');
}

/**
 * The worker's module: `renderWorker.js` beside this one in dist/. When this
 * module runs from the TypeScript sources (the tests), the built one is used.
 */
function workerScript(): URL {
  const beside = new URL('./renderWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = fileURLToPath(beside).replace(/([\\/])src([\\/]cli[\\/])/, '$1dist$2');
  if (existsSync(built)) return pathToFileURL(built);
  throw new Error(`briefing: the render worker ${fileURLToPath(beside)} is missing: run \`npm run build\``);
}
