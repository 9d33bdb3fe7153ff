/**
 * A render worker thread of `workerPoolRunner`: loads the pipeline once
 * (fonts, templates, dictionaries), says it is ready, then renders the jobs
 * it is sent, one at a time and in order, and answers each with its report.
 * The pool may send a job before the last one is done (so that the worker
 * never waits for a busy main thread); the jobs wait here, and a `cancel`
 * answers those not started with no report.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPipeline } from '../pipelineDeps.js';
import { refusedByBug, renderJob } from '../jobs/renderJob.js';
import type { DataInput } from '../collectInputs.js';
import { dropCaches } from './inProcessRunner.js';
import type { FromWorker, ToWorker, WorkerData } from './workerMessages.js';

const port = parentPort;
if (port === null) throw new Error('renderWorker.js runs as a worker thread only');
const { options } = workerData as WorkerData;
const deps = await loadPipeline();
const waiting: { id: number; input: DataInput }[] = [];
let busy = false;

const reply = (message: FromWorker): void => port.postMessage(message);

/** The next job, started after the messages already here are read (a `cancel` among them is seen first). */
const next = (): void => {
  if (busy || waiting.length === 0) return;
  busy = true;
  setImmediate(() => {
    const job = waiting.shift();
    if (job === undefined) {
      busy = false;
      return;
    }
    void renderJob(job.input, options, deps)
      // renderJob reports its errors; a bug outside it still answers the job
      .catch((error: unknown) => refusedByBug(job.input, error))
      .then((report) => {
        reply({ type: 'report', id: job.id, report });
        busy = false;
        next();
      });
  });
};

port.on('message', (message: ToWorker) => {
  if (message.type === 'refresh') void dropCaches(message.what);
  else if (message.type === 'cancel') for (const job of waiting.splice(0)) reply({ type: 'report', id: job.id, report: undefined });
  else {
    waiting.push({ id: message.id, input: message.input });
    next();
  }
});
reply({ type: 'ready' });
