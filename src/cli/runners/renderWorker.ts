/**
 * A render worker thread of `workerPoolRunner`: loads the pipeline once
 * (fonts, templates, dictionaries), then renders the jobs it is sent, one at
 * a time, and answers each with its report.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPipeline } from '../pipelineDeps.js';
import { renderJob } from '../jobs/renderJob.js';
import { dropCaches } from './inProcessRunner.js';
import type { FromWorker, ToWorker, WorkerData } from './workerMessages.js';

const port = parentPort;
if (port === null) throw new Error('renderWorker.js runs as a worker thread only');
const { options } = workerData as WorkerData;
const deps = await loadPipeline();

port.on('message', (message: ToWorker) => {
  if (message.type === 'refresh') {
    void dropCaches(message.what);
    return;
  }
  void renderJob(message.input, options, deps).then((report) => {
    const reply: FromWorker = { type: 'report', id: message.id, report };
    port.postMessage(reply);
  });
});
