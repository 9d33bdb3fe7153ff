import type { DataInput } from '../collectInputs.js';
import type { JobOptions, JobReport } from '../jobs/jobTypes.js';
import type { Refresh } from './jobRunner.js';

/** `workerData` of a render worker. */
export interface WorkerData {
  options: JobOptions;
}

/** From the pool to a worker. */
export type ToWorker = { type: 'job'; id: number; input: DataInput } | { type: 'refresh'; what: Refresh };

/** From a worker to the pool. */
export type FromWorker = { type: 'report'; id: number; report: JobReport };
