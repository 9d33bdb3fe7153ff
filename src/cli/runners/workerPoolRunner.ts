import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { DataInput } from '../collectInputs.js';
import type { JobOptions, JobReport } from '../jobs/jobTypes.js';
import { emptyReport } from '../jobs/jobTypes.js';
import { errorText } from '../jobs/renderJob.js';
import type { JobRunner, Refresh } from './jobRunner.js';
import type { FromWorker, ToWorker, WorkerData } from './workerMessages.js';

interface Job {
  id: number;
  input: DataInput;
  resolve(report: JobReport | undefined): void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
}

/**
 * Renders in `size` worker threads, each loading the pipeline once; jobs wait
 * in a queue and go to whichever worker is free. A worker that dies (a crash
 * in native code, running out of memory) refuses its file with the error and
 * is replaced; the other files go on.
 */
export function workerPoolRunner(size: number, options: JobOptions): JobRunner {
  const data: WorkerData = { options };
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closing = false;
  let idleWaiters: (() => void)[] = [];

  const spawn = (): Slot => {
    const slot: Slot = { worker: new (workerThreads().Worker)(workerScript(), { workerData: data }), job: undefined };
    slot.worker.on('message', (message: FromWorker) => {
      const job = slot.job;
      if (!job || message.id !== job.id) return;
      slot.job = undefined;
      job.resolve(message.report);
      pump();
    });
    const died = (error: unknown): void => {
      const job = slot.job;
      slot.job = undefined;
      const index = slots.indexOf(slot);
      if (index >= 0) slots.splice(index, 1);
      if (job) job.resolve({ ...emptyReport(job.input), status: 'refused', internalError: errorText(error) });
      if (!closing) slots.push(spawn());
      pump();
    };
    slot.worker.on('error', died);
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) died(new Error(`поток отрисовки завершился с кодом ${code}`));
    });
    return slot;
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.job || queue.length === 0) continue;
      const job = queue.shift()!;
      slot.job = job;
      const message: ToWorker = { type: 'job', id: job.id, input: job.input };
      slot.worker.postMessage(message);
    }
    if (queue.length === 0 && slots.every((s) => !s.job)) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  };

  const idle = (): Promise<void> => (queue.length === 0 && slots.every((s) => !s.job) ? Promise.resolve() : new Promise((wake) => idleWaiters.push(wake)));

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
    async refresh(what: Refresh) {
      if (what !== 'everything') {
        const message: ToWorker = { type: 'refresh', what };
        for (const slot of slots) slot.worker.postMessage(message);
        return;
      }
      await idle();
      const count = slots.length;
      await stopAll();
      for (let i = 0; i < count; i++) slots.push(spawn());
    },
    cancelPending() {
      for (const job of queue.splice(0)) job.resolve(undefined);
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
